package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One licence of 大米/焦炭专项查询: number, exporter, country, product, quantity, amount (USD), unit price. */
public record SpecialLicenceRow(
        long licenceId,
        String licenceNo,
        LocalDate issueDate,
        String exporterCode,
        String exporterName,
        String countryCode,
        String productName,
        String unitCode,
        BigDecimal quantity,
        BigDecimal amountUsd,
        BigDecimal unitPriceUsd)
        implements Serializable {}
