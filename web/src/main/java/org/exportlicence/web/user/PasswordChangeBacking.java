package org.exportlicence.web.user;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.exportlicence.enterprise.PasswordChange;
import org.exportlicence.web.platform.PasswordChangeRequired;
import org.exportlicence.web.platform.UserAction;

/**
 * user/password.xhtml — 修改密码: the signed-in user's own password; the page every other page leads
 * to while the user still has a temporary password. The passwords are never kept past the request.
 */
@Named
@RequestScoped
public class PasswordChangeBacking {
    static final String FORM = "password";

    @EJB
    private PasswordChange passwordChange;

    @Inject
    private UserAction actions;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean changed;

    public void change() {
        changed = actions.run(
                FORM, () -> passwordChange.change(currentPassword, newPassword, confirmation), "user.password.changed");
        if (changed) {
            PasswordChangeRequired.changed(session());
        }
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    /** Signed in with a temporary password that is not changed yet. */
    public boolean isRequired() {
        return PasswordChangeRequired.isRequired(session());
    }

    public boolean isChanged() {
        return changed;
    }

    private static HttpSession session() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
