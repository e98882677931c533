package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.quota.QuotaSwap;
import org.exportlicence.quota.QuotaSwapCommands;
import org.exportlicence.quota.QuotaSwapQueries;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;

/**
 * quota/swap-review.xhtml — 钨锑钼配额调换审核: the filed swaps of the officer's authority, oldest
 * first, each with both quota lines' unused and total quota as they are now; 同意调换 (with
 * confirmation) or 退回 with a reason in the dialog, each at the version the officer saw.
 */
@Named
@ViewScoped
public class QuotaSwapReviewBacking extends ListBacking<QuotaSwap> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaSwapQueries queries;

    @EJB
    private QuotaSwapCommands commands;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    private String enterprise;
    /** The swap the reason dialog is about, as the officer saw it. */
    private Long returningId;

    private int returningVersion;
    private String reason;

    @Override
    protected ResultPage<QuotaSwap> rows(PageRequest page) {
        return queries.queue(enterprise, page);
    }

    @Override
    protected String rowKey(QuotaSwap row) {
        return String.valueOf(row.getId());
    }

    /** 同意调换. */
    public void approve(QuotaSwap row) {
        actions.run(null, () -> commands.approve(row.getId(), row.getVersion()), "quotaSwap.approved", row.getId());
    }

    /** Opens the reason dialog for a swap. */
    public void prepareReturn(QuotaSwap row) {
        returningId = row.getId();
        returningVersion = row.getVersion();
        reason = null;
    }

    /** 退回 with the dialog's reason; a refusal about the reason keeps the dialog open. */
    public void returnSwap() {
        if (returningId == null) {
            return;
        }
        Long id = returningId;
        if (actions.run(
                ReasonDialog.FORM,
                () -> commands.returnToEnterprise(id, returningVersion, reason),
                ReasonDialog::refused)) {
            returningId = null;
            reason = null;
            messages.info("quotaSwap.returned", id);
        }
    }

    public Long getReturningId() {
        return returningId;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
