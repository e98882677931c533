package org.exportlicence.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 总值 and 总值折美元: computed, never typed. Amounts are kept to the cent, rounded half up, as on
 * the licence form; the USD value uses the rate stored with the application.
 */
public final class Amounts {
    public static final int AMOUNT_SCALE = 2;

    private Amounts() {}

    public static BigDecimal total(BigDecimal quantity, BigDecimal unitPrice) {
        if (quantity == null || unitPrice == null) {
            return null;
        }
        return quantity.multiply(unitPrice).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal inUsd(BigDecimal total, BigDecimal usdPerUnit) {
        if (total == null || usdPerUnit == null) {
            return null;
        }
        return total.multiply(usdPerUnit).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }
}
