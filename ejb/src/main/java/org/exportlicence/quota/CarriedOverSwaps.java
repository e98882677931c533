package org.exportlicence.quota;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.exportlicence.enterprise.Ownership;

/**
 * Swaps carried over from records kept before the platform (the previous system's, the demo data's):
 * written as filed, and when a deciding officer is named as approved, with the quantity moved from one
 * quota into the other. The quotas' own rules still refuse what does not fit; the caller persists.
 */
public final class CarriedOverSwaps {
    private CarriedOverSwaps() {}

    public static QuotaSwap swap(
            Ownership ownership,
            Quota from,
            Quota to,
            BigDecimal quantity,
            String reason,
            LocalDateTime filedAt,
            String decidedBy) {
        QuotaSwap swap = new QuotaSwap(ownership, from, to, null, null, null, quantity, reason, filedAt);
        if (decidedBy != null) {
            from.decrease(quantity);
            to.increase(quantity);
            swap.apply(QuotaSwapAction.APPROVE, decidedBy, null, filedAt.plusDays(1));
        }
        return swap;
    }
}
