package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.platform.ValidationException;

/**
 * 配额管理 — what a quota officer (for their own authority) and the administrator do to quotas:
 * allocate, adjust up or down with a reason (never below what its licences use), withdraw the unused
 * part (收回). Each change checks the caller's scope and the version the caller saw, takes the quota's
 * row lock (as the issuer does when a licence draws on it), and is audited: total before → after, why.
 */
@Stateless
@RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaCommands {
    static final int REASON_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private QuotaQueries queries;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** 分配配额: refused with every bad input at its field; nothing is saved then. */
    public Quota allocate(QuotaAllocation allocation) {
        List<FieldError> errors = new ArrayList<>();
        Quota quota = new AllocationChecks(em, users.caller())
                .check(allocation, new HashSet<>(), errors, LocalDateTime.now(clock));
        if (quota == null) {
            throw new ValidationException(errors);
        }
        AllocationChecks.save(em, audit, quota, "ALLOCATE");
        AllocationChecks.flush(em, quota.getDocumentNo());
        return quota;
    }

    /** 增加配额. */
    public Quota increase(long id, Integer seenVersion, BigDecimal quantity, String reason) {
        return change(id, seenVersion, quantity, reason, "INCREASE");
    }

    /** 调减配额: refused when the total would fall below what its licences use. */
    public Quota decrease(long id, Integer seenVersion, BigDecimal quantity, String reason) {
        return change(id, seenVersion, quantity, reason, "DECREASE");
    }

    /** 收回: the unused part goes; the total becomes what its licences use. */
    public Quota withdraw(long id, Integer seenVersion, String reason) {
        List<FieldError> errors = new ArrayList<>();
        String why = reason(reason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Quota quota = locked(id, seenVersion);
        BigDecimal before = quota.getTotal();
        BigDecimal taken = quota.withdrawUnused();
        audit.record(
                quota.auditSubject(),
                "WITHDRAW",
                before.toPlainString(),
                quota.getTotal().toPlainString(),
                why + " (" + taken.toPlainString() + ")");
        StaleData.flush(em);
        return quota;
    }

    private Quota change(long id, Integer seenVersion, BigDecimal quantity, String reason, String action) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = AllocationChecks.quantity(quantity, errors);
        String why = reason(reason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Quota quota = locked(id, seenVersion);
        BigDecimal before = quota.getTotal();
        try {
            if ("INCREASE".equals(action)) {
                quota.increase(amount);
            } else {
                quota.decrease(amount);
            }
        } catch (BusinessException refusal) {
            throw BusinessException.atField("quantity", refusal.messageKey(), refusal.arguments());
        }
        audit.record(
                quota.auditSubject(),
                action,
                before.toPlainString(),
                quota.getTotal().toPlainString(),
                why);
        StaleData.flush(em);
        return quota;
    }

    /** The quota in the caller's scope, at the version they saw, locked and read anew. */
    private Quota locked(long id, Integer seenVersion) {
        Quota quota = queries.find(id);
        seen(quota, seenVersion);
        em.refresh(quota, LockModeType.PESSIMISTIC_WRITE);
        seen(quota, seenVersion);
        return quota;
    }

    private static void seen(Quota quota, Integer seenVersion) {
        if (seenVersion == null || quota.getVersion() != seenVersion) {
            throw new BusinessException("error.staleData");
        }
    }

    private static String reason(String reason, List<FieldError> errors) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError("reason", "quota.error.reasonRequired"));
        } else if (stripped.length() > REASON_MAX) {
            errors.add(new FieldError("reason", "error.tooLong", REASON_MAX));
        }
        return stripped;
    }
}
