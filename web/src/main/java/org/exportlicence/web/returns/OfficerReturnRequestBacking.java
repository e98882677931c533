package org.exportlicence.web.returns;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.quota.Quota;
import org.exportlicence.returns.RequestAction;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.ReturnCommands;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.exportlicence.returns.ReturnView;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;

/**
 * returns/review.xhtml?id= — one deletion or write-off request as the officer decides on it:
 * the licence, what customs recorded of its use, the enterprise's quota position and what the
 * approval would give back, the history; 审核通过, or 退回 with a reason, taken at the version the
 * officer saw when the page was opened.
 */
@Named
@ViewScoped
public class OfficerReturnRequestBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnQueries returnQueries;

    @EJB
    private ReturnCommands returnCommands;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

    @Inject
    private CurrentUser currentUser;

    private String idParameter;
    private Long id;
    private String loadError;
    private ReturnRequest request;
    private int seenVersion;
    private List<AuditEvent> history;
    private String reason;
    private boolean decided;

    /** Page action: reads the request ("not found" for anything outside the officer's authority). */
    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            if (id == null) {
                throw new BusinessException("error.notFound");
            }
            ReturnView view = returnQueries.view(id);
            request = view.request();
            seenVersion = request.getVersion();
            history = view.history();
        });
        if (loadError != null) {
            request = null;
        }
    }

    /** 审核通过. */
    public void approve() {
        decide(RequestAction.APPROVE, () -> returnCommands.approve(request.getId(), seenVersion));
    }

    /** 退回, with the reason of the dialog. */
    public void returnRequest() {
        decide(RequestAction.RETURN, () -> returnCommands.returnToEnterprise(request.getId(), seenVersion, reason));
    }

    /**
     * Takes the decision. Done: the message, the request and licence as they are now, no more
     * buttons. Refused: the page stays as the officer saw it, the refusal beside the reason when it
     * is about the reason (the dialog then stays open), otherwise at the top of the page.
     */
    private void decide(RequestAction action, UserAction.Call call) {
        if (!isDecidable() || !actions.run(ReasonDialog.FORM, call, ReasonDialog::refused)) {
            return;
        }
        decided = true;
        reason = null;
        String kindLabel = request.getKind().labelKey();
        String licenceNo = request.getLicence().getNumber();
        load();
        messages.info(
                "officer.returns.done." + action.name(),
                kindLabel,
                licenceNo,
                request == null ? "" : request.getLicence().getStatus().labelKey());
    }

    /** Whether the page offers the decisions: none taken here yet, the request waits and the officer holds the role. */
    public boolean isDecidable() {
        return !decided
                && request != null
                && RequestAction.APPROVE.allowedFrom(request.getStatus())
                && currentUser.hasRole(RequestAction.APPROVE.role());
    }

    /** Why the page offers no decision; null when it does or a decision was just taken. */
    public String getUndecidableNote() {
        if (request == null || decided || isDecidable()) {
            return null;
        }
        if (!RequestAction.APPROVE.allowedFrom(request.getStatus())) {
            return messages.text(
                    "officer.returns.nothingToDecide", request.getStatus().labelKey());
        }
        return messages.text("menu.notYourRole");
    }

    public Quota getQuota() {
        return request == null ? null : request.getLicence().getQuota();
    }

    /** What the approval would give back to the quota: the whole quantity (deletion) or the unused part (write-off). */
    public BigDecimal getQuotaToReturn() {
        if (request == null || getQuota() == null) {
            return null;
        }
        Licence licence = request.getLicence();
        return request.getKind() == RequestKind.DELETION
                ? licence.getQuantity()
                : licence.getBalance().getQuantityLeft();
    }

    /** The queue this request waits in (or waited in), as a view id with its parameter. */
    public String getQueuePage() {
        return "/returns/review-queue.xhtml?kind=" + request.getKind().getParameter();
    }

    public String getQueueTitle() {
        return messages.text(ReturnReviewBacking.titleKeyOf(request.getKind()));
    }

    /** The id as typed in the address; read in {@link #load()}. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getId() {
        return id;
    }

    public String getLoadError() {
        return loadError;
    }

    public ReturnRequest getRequest() {
        return request;
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
