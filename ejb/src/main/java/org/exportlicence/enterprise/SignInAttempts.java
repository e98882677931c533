package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.SignInCounter.Kind;
import org.exportlicence.platform.Roles;

/**
 * 登录保护 — counts failed sign-ins per account and per client address in the database (so that every
 * server of a cluster counts together) and locks either for a while after too many
 * ({@link SignInPolicy}). Each failure is counted in its own short transaction; the caller holds the
 * answer back afterwards, outside any transaction, so no row stays locked while a visitor waits.
 *
 * <p>Called by the sign-in mechanism before anyone is signed in, hence {@code @PermitAll}; it writes
 * the audit trail as the principal sign-in-guard (role {@link Roles#SIGN_IN_GUARD}).
 */
@Stateless
@PermitAll
@RunAs(Roles.SIGN_IN_GUARD)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInAttempts {
    static final String ACCOUNT_AUDIT_TYPE = "PlatformUser";
    static final String ADDRESS_AUDIT_TYPE = "SignInAddress";
    static final String LOCK = "SIGN_IN_LOCK";
    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** Read before the password is checked: one query on the primary key, nothing written. */
    public SignInStatus status(String username, String address) {
        List<SignInCounter> rows = em.createQuery(
                        "select c from SignInCounter c where (c.kind = :account and "
                                + "c.subject = :username) or (c.kind = :address and c.subject = :from)",
                        SignInCounter.class)
                .setParameter("account", Kind.ACCOUNT)
                .setParameter("username", SignInCounter.subjectOf(username))
                .setParameter("address", Kind.ADDRESS)
                .setParameter("from", SignInCounter.subjectOf(address))
                .getResultList();
        if (rows.isEmpty()) {
            return SignInStatus.CLEAR;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return new SignInStatus(
                rows.stream().anyMatch(c -> c.isLocked(now)), rows.stream().anyMatch(c -> c.getKind() == Kind.ACCOUNT));
    }

    /**
     * A refused sign-in: counts it against the account and the address unless either is locked
     * already, locks what reached its limit, and returns how long to hold back the answer.
     */
    public Duration failed(String username, String address) {
        SignInAttempts self = context.getBusinessObject(SignInAttempts.class);
        try {
            return self.count(username, address);
        } catch (EJBException firstCounterOfTwoAtOnce) {
            // Two first failures at the same moment both insert the row; the loser counts again on it.
            LOG.log(Level.FINE, "Counting a failed sign-in again", firstCounterOfTwoAtOnce);
            return self.count(username, address);
        }
    }

    /** A correct password: clears the account's failures; false if the account got locked meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean succeeded(String username) {
        SignInCounter account = em.find(
                SignInCounter.class, new SignInCounter.Key(Kind.ACCOUNT, username), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return true;
        }
        if (account.isLocked(LocalDateTime.now(clock))) {
            return false;
        }
        em.remove(account);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration count(String username, String address) {
        SignInPolicy policy = SignInPolicy.fromSystemProperties();
        LocalDateTime now = LocalDateTime.now(clock);
        // Always the account first, then the address: concurrent sign-ins take row locks in one order.
        SignInCounter account = forUpdate(Kind.ACCOUNT, username);
        SignInCounter from = forUpdate(Kind.ADDRESS, address);
        if (account != null && account.isLocked(now) || from != null && from.isLocked(now)) {
            return policy.delayWhileLocked();
        }
        account = account != null ? account : created(Kind.ACCOUNT, username);
        from = from != null ? from : created(Kind.ADDRESS, address);
        if (account.fail(now, policy.lockAfter(), policy)) {
            audit.record(
                    AuditSubject.of(ACCOUNT_AUDIT_TYPE, account.getSubject()),
                    LOCK,
                    account.getFailures() + " failures",
                    "locked until " + account.getLockedUntil(),
                    account.getFailures() + " failed sign-ins in a row, the last from " + from.getSubject()
                            + (knownUser(username) ? "" : " (no such active user)"));
        }
        if (from.fail(now, policy.addressLockAfter(), policy)) {
            audit.record(
                    AuditSubject.of(ADDRESS_AUDIT_TYPE, from.getSubject()),
                    LOCK,
                    from.getFailures() + " failures",
                    "locked until " + from.getLockedUntil(),
                    from.getFailures() + " failed sign-ins from this address within "
                            + policy.window().toMinutes() + " minutes, the last for account " + account.getSubject());
        }
        return policy.delayAfter(account.getFailures(), from.getFailures());
    }

    /** Keeps the table small: forgets failures past the window and locks that have run out. */
    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "sign-in counters clean-up")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void forgetOldFailures() {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createQuery("delete from SignInCounter c where c.lastFailureAt < :forgotten "
                        + "and (c.lockedUntil is null or c.lockedUntil < :now)")
                .setParameter(
                        "forgotten",
                        now.minus(SignInPolicy.fromSystemProperties().window()))
                .setParameter("now", now)
                .executeUpdate();
    }

    private SignInCounter forUpdate(Kind kind, String subject) {
        return em.find(SignInCounter.class, new SignInCounter.Key(kind, subject), LockModeType.PESSIMISTIC_WRITE);
    }

    private SignInCounter created(Kind kind, String subject) {
        SignInCounter counter = new SignInCounter(kind, SignInCounter.subjectOf(subject));
        em.persist(counter);
        return counter;
    }

    private boolean knownUser(String username) {
        return em.createQuery(
                                "select count(u) from PlatformUser u where u.username = :username and u.active = true",
                                Long.class)
                        .setParameter("username", username)
                        .getSingleResult()
                > 0;
    }
}
