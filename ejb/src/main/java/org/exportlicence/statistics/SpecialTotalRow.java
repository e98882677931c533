package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One group of 大米/焦炭专项统计 (product name, exporter, country, unit): licences, quantity, amount (USD)
 * and the average unit price, amount ÷ quantity (not the mean of the licences' prices). A row with no
 * product, exporter and country is the total line of its unit ({@link #isTotal()}).
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
        BigDecimal averageUnitPriceUsd,
        String countryNameZh,
        String countryNameEn,
        String unitNameZh,
        String unitNameEn)
        implements Serializable {

    /** A group as the database sums it, by codes; the average is divided here, from the group's sums. */
    public SpecialTotalRow(
            String commodityName,
            String specification,
            String exporterCode,
            String exporterName,
            String countryCode,
            String unitCode,
            Long licences,
            BigDecimal quantity,
            BigDecimal amountUsd) {
        this(
                SpecialPrices.product(commodityName, specification),
                exporterCode,
                exporterName,
                countryCode,
                unitCode,
                licences,
                quantity,
                amountUsd,
                SpecialPrices.unitPrice(amountUsd, quantity),
                null,
                null,
                null,
                null);
    }

    /** The same group with the country's and the unit's names. */
    public SpecialTotalRow named(String countryZh, String countryEn, String unitZh, String unitEn) {
        return new SpecialTotalRow(
                productName,
                exporterCode,
                exporterName,
                countryCode,
                unitCode,
                licences,
                quantity,
                amountUsd,
                averageUnitPriceUsd,
                countryZh,
                countryEn,
                unitZh,
                unitEn);
    }

    /** The total line of one unit: the sums of that unit's groups. */
    public SpecialTotalRow(
            String unitCode,
            String unitNameZh,
            String unitNameEn,
            Long licences,
            BigDecimal quantity,
            BigDecimal amountUsd) {
        this(
                null,
                null,
                null,
                null,
                unitCode,
                licences,
                quantity,
                amountUsd,
                SpecialPrices.unitPrice(amountUsd, quantity),
                null,
                null,
                unitNameZh,
                unitNameEn);
    }

    public boolean isTotal() {
        return productName == null && exporterCode == null && countryCode == null;
    }

    public String countryName(boolean english) {
        return english ? countryNameEn : countryNameZh;
    }

    public String unitName(boolean english) {
        return english ? unitNameEn : unitNameZh;
    }
}
