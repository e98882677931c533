package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One licence of 大米/焦炭专项查询: number, exporter, country, product (品名（规格等级）), quantity, amount (USD)
 * and unit price (USD) = amount ÷ quantity to 4 decimals (see {@link SpecialPrices}); with the country's and
 * the unit's names in both languages for the page and the workbook.
 */
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
        BigDecimal unitPriceUsd,
        String countryNameZh,
        String countryNameEn,
        String unitNameZh,
        String unitNameEn)
        implements Serializable {

    /** The query's constructor: the goods' name and specification, the price divided here from the row's own figures. */
    public SpecialLicenceRow(
            Long licenceId,
            String licenceNo,
            LocalDate issueDate,
            String exporterCode,
            String exporterName,
            String countryCode,
            String countryNameZh,
            String countryNameEn,
            String commodityName,
            String specification,
            String unitCode,
            String unitNameZh,
            String unitNameEn,
            BigDecimal quantity,
            BigDecimal amountUsd) {
        this(
                licenceId,
                licenceNo,
                issueDate,
                exporterCode,
                exporterName,
                countryCode,
                SpecialPrices.product(commodityName, specification),
                unitCode,
                quantity,
                amountUsd,
                SpecialPrices.unitPrice(amountUsd, quantity),
                countryNameZh,
                countryNameEn,
                unitNameZh,
                unitNameEn);
    }

    public String countryName(boolean english) {
        return english ? countryNameEn : countryNameZh;
    }

    public String unitName(boolean english) {
        return english ? unitNameEn : unitNameZh;
    }
}
