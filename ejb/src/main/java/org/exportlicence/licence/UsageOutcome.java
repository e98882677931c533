package org.exportlicence.licence;

import java.math.BigDecimal;

/**
 * What became of a declaration: recorded now, recorded before (a redelivery; nothing changed), or
 * refused with a reason (nothing changed); with the licence's figures afterwards where it exists.
 */
public record UsageOutcome(
        Result result,
        UsageRefusal refusal,
        String reason,
        BigDecimal usedQuantity,
        BigDecimal quantityLeft,
        Integer usesLeft,
        LicenceStatus licenceStatus) {

    public enum Result {
        ACCEPTED,
        ALREADY_RECORDED,
        REFUSED
    }

    static UsageOutcome of(Result result, Licence licence) {
        UsageBalance balance = licence.getBalance();
        return new UsageOutcome(
                result,
                null,
                null,
                balance.getUsedQuantity(),
                balance.getQuantityLeft(),
                balance.getUsesLeft(),
                licence.getStatus());
    }

    static UsageOutcome refused(UsageRefusal refusal, String reason, Licence licence) {
        if (licence == null) {
            return new UsageOutcome(Result.REFUSED, refusal, reason, null, null, null, null);
        }
        UsageBalance balance = licence.getBalance();
        return new UsageOutcome(
                Result.REFUSED,
                refusal,
                reason,
                balance.getUsedQuantity(),
                balance.getQuantityLeft(),
                balance.getUsesLeft(),
                licence.getStatus());
    }

    /** A refusal of a message that could not be read as a declaration at all. */
    public static UsageOutcome unreadable(UsageRefusal refusal, String reason) {
        return new UsageOutcome(Result.REFUSED, refusal, reason, null, null, null, null);
    }
}
