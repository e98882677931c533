package org.exportlicence.quota;

/**
 * The states of a quota swap request (钨锑钼配额调换). The transitions are {@link QuotaSwapAction}'s;
 * every state but FILED is final, and every row stays as the enterprise's record of the swap.
 */
public enum QuotaSwapStatus {
    /** 待审核 — filed by the enterprise, waiting for a quota officer of the authority. */
    FILED,
    /** 已调换 — approved: the quantity moved from the source quota to the receiving one. */
    APPROVED,
    /** 退回 — returned by the authority with a reason; nothing moved (the enterprise may file anew). */
    RETURNED,
    /** 已撤回 — withdrawn by the enterprise before a decision; nothing moved. */
    WITHDRAWN;

    public String labelKey() {
        return "quotaSwap.status." + name();
    }
}
