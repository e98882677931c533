package org.exportlicence.statistics;

/** The commodities with their own 专项 screens, by 商品大类码 of the catalogue. */
public enum SpecialCommodity {
    /** 大米. */
    RICE("06"),
    /** 焦炭. */
    COKE("33");

    private final String categoryCode;

    SpecialCommodity(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String categoryCode() {
        return categoryCode;
    }
}
