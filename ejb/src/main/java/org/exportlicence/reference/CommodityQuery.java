package org.exportlicence.reference;

import java.io.Serializable;

/** The 商品目录 search form: year (年度), commodity code (商品代码), category code (商品大类码), name (商品名称). */
public record CommodityQuery(int year, String code, String categoryCode, String name) implements Serializable {}
