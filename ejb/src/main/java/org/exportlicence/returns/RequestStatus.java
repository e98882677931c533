package org.exportlicence.returns;

/**
 * The states of a deletion or write-off request (SPEC §4: 待上报 → 待审核 → 审核通过, or 待审核 →
 * 退回 → 待上报). The transitions are {@link RequestAction}'s. DELETED is the end of a request the
 * enterprise chose to delete before approval: the row and its history are kept, it leaves every list.
 */
public enum RequestStatus {
    /** 待上报 — saved, not yet submitted (or modified after a return). */
    SAVED,
    /** 待审核 — submitted, waiting for the issuing authority. */
    SUBMITTED,
    /** 退回 — returned by the authority with a reason; editable and resubmittable. */
    RETURNED,
    /** 审核通过 — approved: the licence is deleted or written off and its quota returned. Final. */
    APPROVED,
    /** 已删除 — deleted by the enterprise before approval. Final. */
    DELETED;

    /** Whether the request still counts as the licence's open request (at most one per licence and kind). */
    public boolean isOpen() {
        return this == SAVED || this == SUBMITTED || this == RETURNED;
    }

    public String labelKey() {
        return "returns.status." + name();
    }
}
