package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/** One group of 综合统计 for one unit of measure: its code and name, licences, quantity, total USD. */
public record SummaryRow(
        String groupCode, String groupName, String unitCode, long licences, BigDecimal quantity, BigDecimal totalUsd)
        implements Serializable {}
