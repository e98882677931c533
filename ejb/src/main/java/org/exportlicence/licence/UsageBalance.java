package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.exportlicence.application.Application;
import org.exportlicence.platform.BusinessException;

/**
 * What a licence allows at customs and how much of it is used (SPEC §6): the licensed quantity
 * with its 溢装 tolerance, and the uses — one under 一批一证, at most {@value #MULTI_USE_LIMIT}
 * otherwise. A value: a use gives a new balance, so the licence's row always changes as a whole.
 */
@Embeddable
public class UsageBalance implements Serializable {
    /** A 非一批一证 licence may be declared at customs at most this many times. */
    public static final int MULTI_USE_LIMIT = 12;

    private static final long serialVersionUID = 1L;

    /** Box 14: the application's quantity. */
    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;

    @Column(name = "used_quantity", nullable = false, precision = 18, scale = 3)
    private BigDecimal usedQuantity;

    @Column(name = "use_count", nullable = false)
    private int useCount;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    /** 溢装: percent customs may clear above the quantity (bulk goods under 一批一证), from the catalogue. */
    @Column(name = "overshipment_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal overshipmentPercent;

    protected UsageBalance() {}

    private UsageBalance(
            BigDecimal quantity, BigDecimal usedQuantity, int useCount, int maxUses, BigDecimal overshipmentPercent) {
        this.quantity = quantity;
        this.usedQuantity = usedQuantity;
        this.useCount = useCount;
        this.maxUses = maxUses;
        this.overshipmentPercent = overshipmentPercent;
    }

    /**
     * The balance of a licence issued for that application: its quantity, nothing used; 一批一证 has
     * one use and the catalogue's 溢装 for the goods, otherwise 12 uses and no 溢装.
     */
    static UsageBalance issuedFor(Application application) {
        BigDecimal quantity = application.getGoods().getQuantity();
        return application.getGoods().isOneBatchOneLicence()
                ? new UsageBalance(
                        quantity,
                        BigDecimal.ZERO,
                        0,
                        1,
                        application.getGoods().getCommodity().getOvershipmentPercent())
                : new UsageBalance(quantity, BigDecimal.ZERO, 0, MULTI_USE_LIMIT, BigDecimal.ZERO);
    }

    /** Why customs may not clear {@code usage} more: no use left, or beyond what is clearable; null when it may. */
    UsageRefusal refusalOf(BigDecimal usage) {
        if (useCount >= maxUses) {
            return maxUses == 1 ? UsageRefusal.SINGLE_USE_EXHAUSTED : UsageRefusal.USE_LIMIT_REACHED;
        }
        if (usedQuantity.add(usage).compareTo(clearableQuantity()) > 0) {
            return UsageRefusal.QUANTITY_EXCEEDED;
        }
        return null;
    }

    /** The balance after one more use at customs of {@code usage}; the caller has checked {@link #refusalOf}. */
    UsageBalance afterUse(BigDecimal usage) {
        if (useCount >= maxUses) {
            throw new IllegalStateException("No use left: " + useCount + " of " + maxUses + " used");
        }
        return new UsageBalance(quantity, usedQuantity.add(usage), useCount + 1, maxUses, overshipmentPercent);
    }

    /** Whether nothing is left to use: the quantity is fully used, or no use is left. */
    boolean isUsedUp() {
        return useCount >= maxUses || usedQuantity.compareTo(quantity) >= 0;
    }

    /** Refuses, saying why, if customs has recorded a use (a used licence is not deleted). */
    void checkUnused(String licenceNo) {
        if (!isUnused()) {
            throw new BusinessException("licence.error.used", licenceNo, useCount, plain(usedQuantity));
        }
    }

    /** Refuses, saying why, unless {@code writtenOff} is exactly what customs recorded as used (核销). */
    void checkWriteOffQuantity(String licenceNo, BigDecimal writtenOff) {
        if (writtenOff == null || writtenOff.compareTo(usedQuantity) != 0) {
            throw new BusinessException(
                    "licence.error.writeOffQuantity",
                    licenceNo,
                    writtenOff == null ? "" : plain(writtenOff),
                    plain(usedQuantity));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The most customs may clear in all: the quantity, plus the 溢装 tolerance where it applies. */
    public BigDecimal clearableQuantity() {
        return quantity.add(quantity.multiply(overshipmentPercent).movePointLeft(2))
                .setScale(3, RoundingMode.DOWN);
    }

    /** Uses left at customs. */
    public int getUsesLeft() {
        return Math.max(0, maxUses - useCount);
    }

    /** Whether customs has never recorded a use. */
    public boolean isUnused() {
        return useCount == 0 && usedQuantity.signum() == 0;
    }

    /** Quantity left to clear (not counting the 溢装 tolerance); never below zero. */
    public BigDecimal getQuantityLeft() {
        return quantity.subtract(usedQuantity).max(BigDecimal.ZERO);
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUsedQuantity() {
        return usedQuantity;
    }

    public int getUseCount() {
        return useCount;
    }

    public int getMaxUses() {
        return maxUses;
    }

    public BigDecimal getOvershipmentPercent() {
        return overshipmentPercent;
    }
}
