package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.exportlicence.platform.BusinessException;

/**
 * 审核 — the review of the last submission: who approved it at first review (初审), who decided at
 * second review (复审), and the reason of the last return, rejection or refusal. Submitting starts
 * a new review; until then an application stores no column of it and reads back as {@link #NONE}.
 */
@Embeddable
public class Review implements Serializable {
    /** Not reviewed, no reason given. Shown, never stored. */
    static final Review NONE = new Review();

    private static final long serialVersionUID = 1L;

    @Column(name = "first_reviewer")
    private String firstReviewer;

    @Column(name = "second_reviewer")
    private String secondReviewer;
    /** The reason of the last return, rejection or refusal, as the enterprise's lists show it. */
    @Column(name = "last_reason", length = 1000)
    private String lastReason;

    protected Review() {}

    private Review(String firstReviewer, String secondReviewer, String lastReason) {
        this.firstReviewer = firstReviewer;
        this.secondReviewer = secondReviewer;
        this.lastReason = lastReason;
    }

    /**
     * The review after {@code actor} took {@code action} (its reason already checked). Refused when
     * the second reviewer is the first reviewer (four eyes) of application {@code number}.
     */
    Review after(ApplicationAction action, String actor, String reason, String number) {
        if ((action == ApplicationAction.APPROVE_SECOND || action == ApplicationAction.REJECT_SECOND)
                && actor.equals(firstReviewer)) {
            throw new BusinessException("application.error.fourEyes", number);
        }
        String first = firstReviewer;
        String second = secondReviewer;
        switch (action) {
            case SUBMIT -> {
                return new Review();
            }
            case APPROVE_FIRST -> first = actor;
            case APPROVE_SECOND, REJECT_SECOND -> second = actor;
            default -> {
                // The other actions leave the reviewers as they are.
            }
        }
        return new Review(first, second, action.reasonRequired() ? reason : lastReason);
    }

    public String getFirstReviewer() {
        return firstReviewer;
    }

    public String getSecondReviewer() {
        return secondReviewer;
    }

    public String getLastReason() {
        return lastReason;
    }
}
