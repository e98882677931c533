package org.exportlicence.application;

/**
 * The states of an application (SPEC §4). "Printed" is a flag on APPROVED and ISSUED, not a state.
 * DELETED is the end of a draft or returned application the enterprise chose to delete: the row
 * and its history are kept, it just leaves every list.
 */
public enum ApplicationStatus {
    /** 已保存 — entered and sealed, not yet submitted. */
    SAVED,
    /** 待初审 — submitted, waiting for first review. */
    SUBMITTED,
    /** 初审退回 — returned by first review for correction; editable and resubmittable. */
    RETURNED,
    /** 待复审 — approved at first review, waiting for second review. */
    FIRST_APPROVED,
    /** 复审通过 — approved at second review; the licence can be generated and the form printed. */
    APPROVED,
    /** 复审未通过 — rejected at second review; final. */
    REJECTED,
    /** 待撤销 — the enterprise asked to withdraw a submitted application. */
    WITHDRAWAL_REQUESTED,
    /** 已撤销 — withdrawal approved; editable and resubmittable. */
    WITHDRAWN,
    /** 已发证 — the licence has been generated. */
    ISSUED,
    /** 已删除 — deleted by the enterprise before or after a return. */
    DELETED;

    /** The message key of the state's name. */
    public String labelKey() {
        return "application.status." + name();
    }
}
