package org.exportlicence.web.application;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.exportlicence.application.ApplicationAction;
import org.exportlicence.application.ApplicationStatus;

/**
 * The officers' three queues — 初审, 复审, 撤销审核: which applications each lists, its page, and the
 * two decisions taken from it (approve, or return / reject / refuse with a reason).
 */
public enum ReviewQueue {
    /** 初审: submitted applications; approve or return to the enterprise. */
    FIRST(
            ApplicationStatus.SUBMITTED,
            ApplicationAction.APPROVE_FIRST,
            ApplicationAction.RETURN_FIRST,
            "/application/first-review.xhtml",
            "menu.officer.firstReview"),
    /** 复审: applications approved at first review; approve or reject. */
    SECOND(
            ApplicationStatus.FIRST_APPROVED,
            ApplicationAction.APPROVE_SECOND,
            ApplicationAction.REJECT_SECOND,
            "/application/second-review.xhtml",
            "menu.officer.secondReview"),
    /** 撤销审核: withdrawal requests; approve or refuse the withdrawal. */
    WITHDRAWAL(
            ApplicationStatus.WITHDRAWAL_REQUESTED,
            ApplicationAction.APPROVE_WITHDRAWAL,
            ApplicationAction.REFUSE_WITHDRAWAL,
            "/application/withdrawal-review.xhtml",
            "menu.officer.withdrawalReview");

    private final ApplicationStatus status;
    private final ApplicationAction approval;
    private final ApplicationAction refusal;
    private final String page;
    private final String titleKey;

    ReviewQueue(
            ApplicationStatus status,
            ApplicationAction approval,
            ApplicationAction refusal,
            String page,
            String titleKey) {
        this.status = status;
        this.approval = approval;
        this.refusal = refusal;
        this.page = page;
        this.titleKey = titleKey;
    }

    public Set<ApplicationStatus> statuses() {
        return EnumSet.of(status);
    }

    /** Whether an application in this state waits in this queue. */
    public boolean holds(ApplicationStatus current) {
        return status == current;
    }

    public ApplicationAction approval() {
        return approval;
    }

    /** The decision that needs a reason: return (初审), reject (复审) or refuse the withdrawal. */
    public ApplicationAction refusal() {
        return refusal;
    }

    /** The role both decisions of the queue need (the service checks it again). */
    public String role() {
        return approval.role();
    }

    /** The queue's page, as a view id. */
    public String page() {
        return page;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The name in the pages' "queue" parameter: first, second, withdrawal. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The queue named by a page parameter, or null for an unknown or missing name. */
    public static ReviewQueue named(String parameter) {
        for (ReviewQueue queue : values()) {
            if (queue.parameter().equals(parameter)) {
                return queue;
            }
        }
        return null;
    }

    /** The queue an application in this state waits in, or null when it waits for no officer's review. */
    public static ReviewQueue holding(ApplicationStatus current) {
        for (ReviewQueue queue : values()) {
            if (queue.holds(current)) {
                return queue;
            }
        }
        return null;
    }
}
