package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.SignInCounter.Kind;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.platform.ValidationException;

/**
 * 用户管理 — whether and how an account signs in: a temporary password (reset), the administrative
 * lock (unlocking also lifts the sign-in protection's temporary lock), deactivation. Each with a
 * reason, audited; on the accounts the caller manages ({@link UserAccountScope}).
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class UserAccountAccess {
    private static final int MAX_REASON = 300;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory directory;

    @EJB
    private AuditTrail audit;

    @Inject
    private PasswordHistory passwords;

    @Inject
    private Clock clock;

    /**
     * Sets a temporary password, the one typed or (none typed) a generated one, which the user must
     * change at their next sign-in; returns it, to be shown once and never stored in clear.
     */
    public String resetPassword(Long id, Integer seenVersion, String typed, String reason) {
        PlatformUser user = managed(id, seenVersion);
        String password = typed;
        while (password == null || password.isEmpty()) {
            String generated = PasswordRules.temporary();
            // A short user name may turn up in a random password once in a great while: draw again.
            password = PasswordRules.check("temporaryPassword", generated, user.getUsername())
                            .isEmpty()
                    ? generated
                    : null;
        }
        List<FieldError> errors =
                new ArrayList<>(PasswordRules.check("temporaryPassword", password, user.getUsername()));
        String why = reason(errors, reason);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        passwords.set(user, passwords.hash(password), true);
        record(user, "RESET_PASSWORD", "-", "temporary password, to be changed at the next sign-in", why);
        return password;
    }

    /** Locks the account: it cannot sign in until unlocked. */
    public void lock(Long id, Integer seenVersion, String reason) {
        PlatformUser user = managed(id, seenVersion);
        String why = reason(reason);
        notOwn(user);
        if (user.isLocked()) {
            throw new BusinessException("user.error.alreadyLocked", user.getUsername());
        }
        user.lock(true);
        record(user, "LOCK", "unlocked", "locked", why);
    }

    /** Lifts the administrative lock and the sign-in protection's temporary lock, whichever there is. */
    public void unlock(Long id, Integer seenVersion, String reason) {
        PlatformUser user = managed(id, seenVersion);
        String why = reason(reason);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean signInLocked = UserQueries.signInLockedUntil(em, user.getUsername(), now) != null;
        if (!user.isLocked() && !signInLocked) {
            throw new BusinessException("user.error.notLocked", user.getUsername());
        }
        String counted = SignInGuard.forget(em, now, Kind.ACCOUNT, user.getUsername());
        String before = (user.isLocked() ? "locked" : "unlocked") + ", sign-in: " + counted;
        user.lock(false);
        record(user, "UNLOCK", before, "unlocked", why);
    }

    /** Deactivates the account: it cannot sign in, and the lists show it as 已停用. */
    public void deactivate(Long id, Integer seenVersion, String reason) {
        PlatformUser user = managed(id, seenVersion);
        String why = reason(reason);
        notOwn(user);
        if (!user.isActive()) {
            throw new BusinessException("user.error.alreadyInactive", user.getUsername());
        }
        user.activate(false);
        record(user, "DEACTIVATE", "active", "inactive", why);
    }

    public void reactivate(Long id, Integer seenVersion, String reason) {
        PlatformUser user = managed(id, seenVersion);
        String why = reason(reason);
        if (user.isActive()) {
            throw new BusinessException("user.error.alreadyActive", user.getUsername());
        }
        user.activate(true);
        record(user, "REACTIVATE", "inactive", "active", why);
    }

    private PlatformUser managed(Long id, Integer seenVersion) {
        PlatformUser user = UserAccountScope.find(em, directory.caller(), id);
        StaleData.check(user, seenVersion);
        return user;
    }

    /** An administrator does not lock or deactivate their own account (and so the last way in). */
    private void notOwn(PlatformUser user) {
        if (user.getUsername().equals(directory.caller().username())) {
            throw new BusinessException("user.error.ownAccount");
        }
    }

    private void record(PlatformUser user, String action, String from, String to, String reason) {
        StaleData.flush(em);
        audit.record(AuditSubject.of(UserAccounts.AUDIT_TYPE, user.getUsername()), action, from, to, reason);
    }

    private static String reason(String reason) {
        List<FieldError> errors = new ArrayList<>();
        String why = reason(errors, reason);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return why;
    }

    private static String reason(List<FieldError> errors, String reason) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "error.required"));
        } else if (reason.strip().length() > MAX_REASON) {
            errors.add(new FieldError("reason", "error.tooLong", MAX_REASON));
        }
        return reason == null ? null : reason.strip();
    }
}
