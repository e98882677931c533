package org.exportlicence.web.user;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.UserAccountAccess;
import org.exportlicence.enterprise.UserAccountForm;
import org.exportlicence.enterprise.UserAccountView;
import org.exportlicence.enterprise.UserAccounts;
import org.exportlicence.enterprise.UserQueries;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.PrimeFaces;

/**
 * user/account.xhtml?id= — one account (none: a new one): its details, saved; 重置密码, 锁定 / 解锁,
 * 停用 / 启用 with a reason in a dialog; the temporary password of a reset shown once; the history.
 */
@Named
@ViewScoped
public class UserAccountBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "account";
    static final List<String> OFFICER_ROLES =
            List.of(Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.OPERATOR);

    @EJB
    private UserAccounts accounts;

    @EJB
    private UserAccountAccess access;

    @EJB
    private UserQueries queries;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser currentUser;

    private String idParameter;
    private Long id;
    private String loadError;
    private UserAccountView account;
    private UserAccountForm form;
    private List<AuditEvent> history = List.of();
    private LocalDateTime signInLockedUntil;
    private List<UserQueries.EnterpriseChoice> enterprises = List.of();
    private List<IssuingAuthority> authorities = List.of();
    private String action;
    private String reason;
    private String temporaryPassword;
    private String shownPassword;

    /** Page action: a new account without id, otherwise the account; "not found" for any the caller does not manage. */
    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            if (id == null) {
                form = new UserAccountForm();
                enterprises = queries.enterprises();
                authorities = currentUser.isAdmin() ? queries.authorities() : List.of();
            } else {
                read();
            }
        });
        if (loadError != null) {
            account = null;
            form = null;
        }
    }

    public void save() {
        shownPassword = null;
        if (id == null) {
            Long created = actions.result(FORM, () -> accounts.create(form));
            if (created != null) {
                id = created;
                read();
                messages.info("user.created", account.username());
            }
        } else if (actions.run(FORM, () -> accounts.edit(id, form), "user.saved", account.username())) {
            read();
        }
    }

    /** Opens the reason dialog for RESET_PASSWORD, LOCK, UNLOCK, DEACTIVATE or REACTIVATE. */
    public void prepare(String action) {
        this.action = action;
        shownPassword = null;
        reason = null;
        temporaryPassword = null;
    }

    public void confirm() {
        Integer version = account.version();
        boolean done;
        if ("RESET_PASSWORD".equals(action)) {
            String password = actions.result(
                    ReasonDialog.FORM,
                    () -> access.resetPassword(id, version, temporaryPassword, reason),
                    UserAccountBacking::keepDialog);
            done = password != null;
            shownPassword = password;
        } else {
            done = actions.run(ReasonDialog.FORM, () -> command(version), UserAccountBacking::keepDialog);
        }
        if (done) {
            messages.info("user.done." + action, account.username());
            reason = null;
            temporaryPassword = null;
            read();
        }
    }

    private void command(Integer version) {
        switch (action) {
            case "LOCK" -> access.lock(id, version, reason);
            case "UNLOCK" -> access.unlock(id, version, reason);
            case "DEACTIVATE" -> access.deactivate(id, version, reason);
            case "REACTIVATE" -> access.reactivate(id, version, reason);
            default -> throw new BusinessException("error.notFound");
        }
    }

    /** A refusal about an input of the dialog keeps it open. */
    private static void keepDialog(BusinessException refusal) {
        if ("temporaryPassword".equals(refusal.field())) {
            PrimeFaces.current().ajax().addCallbackParam("reasonRefused", true);
        }
        ReasonDialog.refused(refusal);
    }

    private void read() {
        account = queries.one(id);
        form = UserAccountForm.of(account);
        history = queries.history(id);
        signInLockedUntil = queries.signInLockedUntil(id);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The roles an officer account may hold; offered (and saved) for officers, by the administrator. */
    public boolean isRolesEditable() {
        return currentUser.isAdmin() && form != null && !form.isClerk() && (id == null || account.officer());
    }

    public List<String> getOfficerRoles() {
        return OFFICER_ROLES;
    }

    public List<DataScope> getDataScopes() {
        return List.of(DataScope.values());
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

    public UserAccountView getAccount() {
        return account;
    }

    public UserAccountForm getForm() {
        return form;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public LocalDateTime getSignInLockedUntil() {
        return signInLockedUntil;
    }

    public List<UserQueries.EnterpriseChoice> getEnterprises() {
        return enterprises;
    }

    public List<IssuingAuthority> getAuthorities() {
        return authorities;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    /** The temporary password of the last reset: shown until the next action on the page, never again. */
    public String getShownPassword() {
        return shownPassword;
    }

    public String getShownPasswordText() {
        return shownPassword == null
                ? null
                : messages.text("user.temporaryPassword.shown", account.username(), shownPassword);
    }
}
