package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationAction;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.ApplicationView;
import org.exportlicence.application.SealCheck;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.quota.Quota;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;

/**
 * application/review.xhtml?number=…&amp;queue=first|second|withdrawal — one application as the officer
 * decides on it: every box, whether the enterprise's seal verifies, the enterprise's quota position,
 * the history, and the two decisions of the queue, taken at the version the officer saw when the page
 * was opened.
 */
@Named
@ViewScoped
public class OfficerApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationCommands applicationCommands;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

    @Inject
    private CurrentUser currentUser;

    private String number;
    private String queueParameter;
    private ReviewQueue queue;
    private String loadError;
    private Application application;
    private int seenVersion;
    private SealCheck seal;
    private Quota quota;
    private List<AuditEvent> history;
    private String reason;
    private boolean decided;

    /**
     * Page action: reads the application ("not found" for anything outside the officer's authority);
     * without a known queue parameter the queue is the one the application waits in, if any. Read
     * again after a decision, the queue stays the one the officer came from.
     */
    public void load() {
        loadError = actions.loadError(this::read);
        if (loadError != null) {
            application = null;
        }
    }

    private void read() {
        String wanted = number == null ? null : number.strip();
        ApplicationView view = applicationQueries.view(wanted);
        application = view.application();
        seenVersion = application.getVersion();
        seal = view.seal();
        quota = view.quota();
        history = view.history();
        if (queue == null) {
            queue = ReviewQueue.named(queueParameter);
        }
        if (queue == null) {
            queue = ReviewQueue.holding(application.getStatus());
        }
    }

    /** 初审通过, 复审通过 or 同意撤销. */
    public void approve() {
        decide(queue.approval(), () -> {
            switch (queue) {
                case FIRST -> applicationCommands.approveFirstReview(application.getNumber(), seenVersion);
                case SECOND -> applicationCommands.approveSecondReview(application.getNumber(), seenVersion);
                case WITHDRAWAL -> applicationCommands.approveWithdrawal(application.getNumber(), seenVersion);
            }
        });
    }

    /** 退回, 复审不通过 or 不同意撤销, with the reason of the dialog. */
    public void refuse() {
        decide(queue.refusal(), () -> {
            switch (queue) {
                case FIRST -> applicationCommands.returnAtFirstReview(application.getNumber(), seenVersion, reason);
                case SECOND -> applicationCommands.rejectAtSecondReview(application.getNumber(), seenVersion, reason);
                case WITHDRAWAL -> applicationCommands.refuseWithdrawal(application.getNumber(), seenVersion, reason);
            }
        });
    }

    /**
     * Takes the decision. Done: the message, the application as it is now, no more buttons. Refused
     * (stale version, four eyes, wrong state, no reason): the page stays as the officer saw it, the
     * refusal beside the reason when it is about the reason, otherwise at the top of the page; the
     * dialog learns which through a callback parameter, to stay open for a reason.
     */
    private void decide(ApplicationAction action, UserAction.Call call) {
        if (!isDecidable() || !actions.run(ReasonDialog.FORM, call, ReasonDialog::refused)) {
            return;
        }
        decided = true;
        reason = null;
        messages.info("officer.done." + action.name(), application.getNumber());
        load();
    }

    /**
     * Whether the page offers the queue's decisions: none taken here yet, the application waits in
     * that queue (as the officer saw it) and the officer holds the queue's role.
     */
    public boolean isDecidable() {
        return !decided
                && application != null
                && queue != null
                && queue.holds(application.getStatus())
                && currentUser.hasRole(queue.role())
                && !firstReviewedByCaller();
    }

    /**
     * Whether this is 复审 of an application the signed-in officer approved at first review: four eyes
     * forbid it (the service refuses it too), whatever roles the officer holds, so the page says so.
     */
    private boolean firstReviewedByCaller() {
        return queue == ReviewQueue.SECOND
                && application.getStatus() == ApplicationStatus.FIRST_APPROVED
                && currentUser
                        .getProfile()
                        .username()
                        .equals(application.getReview().getFirstReviewer());
    }

    /**
     * Why the page offers no decision (none waiting, another queue, four eyes, not the officer's role);
     * null when it does.
     */
    public String getUndecidableNote() {
        if (application == null || decided || isDecidable()) {
            return null;
        }
        if (queue == null) {
            return messages.text(
                    "officer.nothingToDecide", application.getStatus().labelKey());
        }
        if (!queue.holds(application.getStatus())) {
            return messages.text("officer.notInQueue", application.getStatus().labelKey(), queue.titleKey());
        }
        if (firstReviewedByCaller()) {
            return messages.text("officer.fourEyes");
        }
        return messages.text("menu.notYourRole");
    }

    /** Whether the application's quantity fits what is left of its quota. */
    public boolean isQuotaCovers() {
        return quota != null
                && application != null
                && quota.covers(application.getGoods().getQuantity());
    }

    /** Why the seal does not verify, for the officer who investigates; null when it verifies. */
    public String getSealDetail() {
        return seal == null || seal.isValid() ? null : seal.detail();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** The "queue" page parameter: first, second or withdrawal. */
    public String getQueueParameter() {
        return queueParameter;
    }

    public void setQueueParameter(String queueParameter) {
        this.queueParameter = queueParameter;
    }

    public ReviewQueue getQueue() {
        return queue;
    }

    public String getLoadError() {
        return loadError;
    }

    public Application getApplication() {
        return application;
    }

    public SealCheck getSeal() {
        return seal;
    }

    public Quota getQuota() {
        return quota;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
