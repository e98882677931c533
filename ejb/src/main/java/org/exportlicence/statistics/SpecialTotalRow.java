package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One group of 大米/焦炭专项统计 (product name, exporter, country, unit): licences, quantity, amount (USD)
 * and the average unit price, amount ÷ quantity (not the mean of the licences' prices).
 */
public record SpecialTotalRow(
        String productName,
        String exporterCode,
        String exporterName,
        String countryCode,
        String unitCode,
        long licences,
        BigDecimal quantity,
        BigDecimal amountUsd,
        BigDecimal averageUnitPriceUsd)
        implements Serializable {}
