package org.exportlicence.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 综合统计's conditions, each ignored when empty: 贸易方式 (id), 申请日期范围 (the application's submission
 * day), 发货人代码 (13 characters; a clerk's own enterprise whatever is typed), 原产国（地区）(the
 * application's country code), 报关口岸 (code), the grouping, and for officers the enterprise.
 */
public record SummaryFilter(
        Long tradeModeId,
        LocalDate appliedFrom,
        LocalDate appliedTo,
        String consignorCode,
        String countryCode,
        String portCode,
        SummaryGrouping grouping,
        String enterpriseCode)
        implements Serializable {}
