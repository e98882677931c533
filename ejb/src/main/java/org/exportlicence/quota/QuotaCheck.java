package org.exportlicence.quota;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One quota as quota-reconciliation checked it: its stored used amount and total, and what its
 * licences use (not deleted: their quantity; written off: the part used) and how many they are.
 */
public record QuotaCheck(
        long quotaId,
        int year,
        String documentNo,
        String authorityCode,
        long enterpriseId,
        BigDecimal total,
        BigDecimal storedUsed,
        BigDecimal computedUsed,
        int licenceCount)
        implements Serializable {

    /** Computed minus stored: positive when the quota records less than its licences use. */
    public BigDecimal difference() {
        return computedUsed.subtract(storedUsed);
    }

    public boolean differs() {
        return storedUsed.compareTo(computedUsed) != 0;
    }

    public boolean overTotal() {
        return computedUsed.compareTo(total) > 0;
    }
}
