package org.exportlicence.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.SealCheck;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Messages;
import org.exportlicence.quota.Quota;
import org.primefaces.PrimeFaces;

/**
 * officer/decision.xhtml?number=…&amp;kind=… — one application as the officer decides on it: every box,
 * whether the enterprise's seal verifies, the enterprise's quota position, the history, and the
 * decision of the queue (approve, or return / reject / refuse with a mandatory reason), taken at the
 * version the officer saw.
 */
@Named
@ViewScoped
public class ReviewDecisionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Inject
    private Messages messages;

    private String number;
    private ReviewQueue queue = ReviewQueue.FIRST;
    private Application application;
    private SealCheck seal;
    private Quota quota;
    private List<AuditEvent> history;
    private String reason;
    private boolean decided;
    private String loadError;

    public void load() {
        try {
            application = applications.find(number);
            seal = applications.sealCheck(number);
            quota = applications.quotaOf(number);
            history = applications.history(number);
        } catch (BusinessException e) {
            application = null;
            loadError = messages.text(e.messageKey(), e.arguments());
        }
    }

    public void approve() {
        decide(() -> {
            switch (queue) {
                case FIRST -> applications.approveFirstReview(number, application.getVersion());
                case SECOND -> applications.approveSecondReview(number, application.getVersion());
                case WITHDRAWAL -> applications.approveWithdrawal(number, application.getVersion());
            }
        });
    }

    /** Return (初审), reject (复审) or refuse the withdrawal, with the reason given. */
    public void decline() {
        decide(() -> {
            switch (queue) {
                case FIRST -> applications.returnAtFirstReview(number, application.getVersion(), reason);
                case SECOND -> applications.rejectAtSecondReview(number, application.getVersion(), reason);
                case WITHDRAWAL -> applications.refuseWithdrawal(number, application.getVersion(), reason);
            }
        });
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
            decided = true;
            PrimeFaces.current().ajax().addCallbackParam("decided", true);
            messages.info("officer.decided", number);
            load();
        } catch (BusinessException e) {
            messages.refusal(e, "decision");
        }
    }

    /** Whether the application's quantity fits what is left of its quota. */
    public boolean isQuotaCovers() {
        return quota != null && application != null && quota.covers(application.getQuantity());
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getKind() { return queue.name().toLowerCase(java.util.Locale.ROOT); }
    public void setKind(String kind) { this.queue = ReviewQueue.named(kind); }
    public ReviewQueue getQueue() { return queue; }
    public Application getApplication() { return application; }
    public SealCheck getSeal() { return seal; }
    public Quota getQuota() { return quota; }
    public List<AuditEvent> getHistory() { return history; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isDecided() { return decided; }
    public String getLoadError() { return loadError; }
}
