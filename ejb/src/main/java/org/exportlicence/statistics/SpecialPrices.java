package org.exportlicence.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two derived figures of 大米/焦炭专项, by one rule for the list and the statistics: 品名（规格等级）is the
 * goods' name with the specification in full-width brackets; a unit price in USD is the amount in USD
 * divided by the quantity, to 4 decimals (the scale of a licence's own unit price), half up. For a group
 * the same division is made on its sums, so a group's average is Σ金额 ÷ Σ数量, never a mean of prices.
 */
final class SpecialPrices {
    static final int PRICE_SCALE = 4;

    private SpecialPrices() {}

    static String product(String name, String specification) {
        return specification == null || specification.isBlank() ? name : name + "（" + specification.strip() + "）";
    }

    /** Amount ÷ quantity; none when there is no quantity to divide by. */
    static BigDecimal unitPrice(BigDecimal amount, BigDecimal quantity) {
        if (amount == null || quantity == null || quantity.signum() == 0) {
            return null;
        }
        return amount.divide(quantity, PRICE_SCALE, RoundingMode.HALF_UP);
    }
}
