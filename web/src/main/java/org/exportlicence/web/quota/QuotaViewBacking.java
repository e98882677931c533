package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaCommands;
import org.exportlicence.quota.QuotaQueries;
import org.exportlicence.quota.QuotaView;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.PrimeFaces;

/**
 * quota/view.xhtml?id= — one quota of the officer's authority: its figures and restrictions, 增加 /
 * 调减 (quantity and reason) and 收回 (reason) in dialogs, and its history. "Not found" for a quota of
 * another authority, whatever the id.
 */
@Named
@ViewScoped
public class QuotaViewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaQueries queries;

    @EJB
    private QuotaCommands commands;

    @Inject
    private UserAction actions;

    private String idParameter;
    private Long id;
    private String loadError;
    private QuotaView view;
    private boolean increasing = true;
    private BigDecimal quantity;
    private String reason;

    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            read();
        });
        if (loadError != null) {
            view = null;
        }
    }

    private void read() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        view = queries.view(id);
    }

    /** Opens the adjustment dialog for 增加 (true) or 调减 (false). */
    public void startAdjust(boolean up) {
        increasing = up;
        quantity = null;
        reason = null;
    }

    public void adjust() {
        Quota q = getQuota();
        String done = increasing ? "quota.increased" : "quota.decreased";
        act(
                () -> {
                    Quota changed = increasing
                            ? commands.increase(q.getId(), q.getVersion(), quantity, reason)
                            : commands.decrease(q.getId(), q.getVersion(), quantity, reason);
                    view = queries.view(changed.getId());
                },
                ReasonDialog.FORM,
                done);
    }

    public void withdraw() {
        Quota q = getQuota();
        act(
                () -> {
                    commands.withdraw(q.getId(), q.getVersion(), reason);
                    view = queries.view(q.getId());
                },
                "withdrawForm",
                "quota.withdrawn");
    }

    private void act(UserAction.Call call, String formId, String doneKey) {
        if (actions.run(formId, call, QuotaViewBacking::keepDialogOpen)) {
            actions.run(
                    null,
                    () -> {},
                    doneKey,
                    getQuota().getDocumentNo(),
                    plain(getQuota().getTotal()));
            quantity = null;
            reason = null;
        }
    }

    /** A refused quantity or reason keeps the dialog open (its script reads "reasonRefused"). */
    private static void keepDialogOpen(BusinessException refusal) {
        if ("quantity".equals(refusal.field()) || "reason".equals(refusal.field())) {
            PrimeFaces.current().ajax().addCallbackParam("reasonRefused", true);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Quota getQuota() {
        return view == null ? null : view.row().quota();
    }

    public QuotaView getView() {
        return view;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getLoadError() {
        return loadError;
    }

    public boolean isIncreasing() {
        return increasing;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
