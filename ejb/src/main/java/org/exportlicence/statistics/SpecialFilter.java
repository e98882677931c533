package org.exportlicence.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 大米/焦炭专项's conditions, each ignored when empty: 合同号, 配额年度 (the licence year), 国别（地区）
 * (code), 品名（规格等级）(contains, over the goods' name and specification), 出口商代码 (a clerk's own
 * enterprise whatever is typed), licence issue date range.
 */
public record SpecialFilter(
        SpecialCommodity commodity,
        String contractNo,
        Integer quotaYear,
        String countryCode,
        String productName,
        String exporterCode,
        LocalDate issuedFrom,
        LocalDate issuedTo)
        implements Serializable {}
