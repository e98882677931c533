package org.exportlicence.application;

/**
 * What an enterprise enters on an application, checked and with every code resolved to its
 * reference row: boxes 2 and 5–19 of the licence (box 1 comes from 申请企业信息) and the 合同信息表,
 * as the application embeds them.
 */
public record ApplicationContent(TradeTerms trade, Goods goods, ContractInfo contract) {}
