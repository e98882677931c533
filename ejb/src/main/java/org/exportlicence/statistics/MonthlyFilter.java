package org.exportlicence.statistics;

import java.io.Serializable;

/**
 * 统计月报's conditions: 统计年度 (required; licences issued in that calendar year), 发证机构 (code),
 * 贸易方式 (id), 进口国（地区）(code), and for officers the enterprise (13-character code); empty = all.
 */
public record MonthlyFilter(int year, String authorityCode, Long tradeModeId, String countryCode, String enterpriseCode)
        implements Serializable {}
