package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.ValidationException;

/**
 * 修改密码 — every signed-in user changes their own password: the current one must match and the new
 * one follow {@link PasswordRules} (also not one of the last five). Ends a temporary password's
 * "must change". Audited without the password.
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN,
    Roles.OPERATOR
})
public class PasswordChange {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    @Inject
    private PasswordHistory passwords;

    /** Every refusal at its field: currentPassword, newPassword, confirmation. */
    public void change(String current, String newPassword, String confirmation) {
        String username = context.getCallerPrincipal().getName();
        List<PlatformUser> found = em.createQuery(
                        "select u from PlatformUser u where u.username = :username", PlatformUser.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        PlatformUser user = found.get(0);
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(new FieldError("currentPassword", "error.required"));
        } else if (!passwords.matches(current, user.getPasswordHash())) {
            errors.add(new FieldError("currentPassword", "user.error.currentPassword"));
        }
        List<FieldError> policy = PasswordRules.check("newPassword", newPassword, username);
        errors.addAll(policy);
        if (policy.isEmpty() && passwords.usedRecently(user, newPassword)) {
            errors.add(new FieldError("newPassword", "user.error.passwordReused", PasswordRules.REMEMBERED));
        }
        if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(confirmation)) {
            errors.add(new FieldError("confirmation", "user.error.confirmation"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        boolean wasTemporary = user.isMustChangePassword();
        passwords.set(user, passwords.hash(newPassword), false);
        audit.record(
                AuditSubject.of(UserAccounts.AUDIT_TYPE, username),
                "PASSWORD_CHANGE",
                wasTemporary ? "temporary password" : "-",
                "password changed",
                null);
    }

    /** Whether the caller still has a temporary password to change. */
    public boolean mustChange() {
        return em
                .createQuery(
                        "select u.mustChangePassword from PlatformUser u where u.username = :username", Boolean.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultList()
                .stream()
                .anyMatch(Boolean.TRUE::equals);
    }
}
