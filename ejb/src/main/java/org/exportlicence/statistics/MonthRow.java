package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One month of 统计月报 for one unit of measure: licences issued, quantity, total USD, and the year's
 * figures up to and including the month.
 */
public record MonthRow(
        int month,
        String unitCode,
        long licences,
        BigDecimal quantity,
        BigDecimal totalUsd,
        long cumulativeLicences,
        BigDecimal cumulativeQuantity,
        BigDecimal cumulativeUsd)
        implements Serializable {}
