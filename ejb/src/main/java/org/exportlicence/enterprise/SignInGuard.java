package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.SignInCounter.Kind;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;

/**
 * The administrator's side of the sign-in protection ({@link SignInAttempts}): see a lock and lift
 * it before it runs out, with a reason that goes into the audit trail.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SignInGuard {
    static final String UNLOCK = "SIGN_IN_UNLOCK";
    private static final int MAX_REASON = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    /** Lifts the lock of an account and forgets its failures. */
    public void unlock(String username, String reason) {
        lift(Kind.ACCOUNT, SignInAttempts.ACCOUNT_AUDIT_TYPE, username, reason);
    }

    /** Lifts the lock of a client address and forgets its failures. */
    public void unlockAddress(String address, String reason) {
        lift(Kind.ADDRESS, SignInAttempts.ADDRESS_AUDIT_TYPE, address, reason);
    }

    /** Whether the account is locked now. */
    public boolean isLocked(String username) {
        SignInCounter counter = counter(Kind.ACCOUNT, username);
        return counter != null && counter.isLocked(LocalDateTime.now(clock));
    }

    /** Whether the client address is locked now. */
    public boolean isAddressLocked(String address) {
        SignInCounter counter = counter(Kind.ADDRESS, address);
        return counter != null && counter.isLocked(LocalDateTime.now(clock));
    }

    /** Failures in a row now counted against the account (0 when none). */
    public int failures(String username) {
        SignInCounter counter = counter(Kind.ACCOUNT, username);
        return counter == null ? 0 : counter.getFailures();
    }

    /** Failures now counted against the client address (0 when none). */
    public int addressFailures(String address) {
        SignInCounter counter = counter(Kind.ADDRESS, address);
        return counter == null ? 0 : counter.getFailures();
    }

    private void lift(Kind kind, String auditType, String subject, String reason) {
        if (subject == null || subject.isBlank()) {
            throw BusinessException.atField(kind == Kind.ACCOUNT ? "username" : "address", "error.required");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.atField("reason", "error.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw BusinessException.atField("reason", "error.tooLong", MAX_REASON);
        }
        String before = forget(em, LocalDateTime.now(clock), kind, subject);
        audit.record(
                AuditSubject.of(auditType, SignInCounter.subjectOf(subject)),
                UNLOCK,
                before,
                "unlocked",
                reason.strip());
    }

    /**
     * Forgets the failures and lifts the lock of an account or address (also for 用户管理's unlock, which
     * officers may do for their clerks); tells what there was, as the audit trail says it.
     */
    static String forget(EntityManager em, LocalDateTime now, Kind kind, String subject) {
        SignInCounter counter =
                em.find(SignInCounter.class, new SignInCounter.Key(kind, subject), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            return "no failures";
        }
        String before = counter.getFailures() + " failures"
                + (counter.isLocked(now) ? ", locked until " + counter.getLockedUntil() : "");
        em.remove(counter);
        return before;
    }

    private SignInCounter counter(Kind kind, String subject) {
        return em.find(SignInCounter.class, new SignInCounter.Key(kind, subject));
    }
}
