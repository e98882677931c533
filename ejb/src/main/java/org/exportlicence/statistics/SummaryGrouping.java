package org.exportlicence.statistics;

/** What 综合统计 groups by: 商品大类码, 发证商品 (the commodity code), or (officers) the enterprise. */
public enum SummaryGrouping {
    CATEGORY,
    COMMODITY,
    ENTERPRISE
}
