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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;

/**
 * 配额核对报告 — a quota-reconciliation run's differences as operators and administrators read them,
 * and what an administrator does with each: 更正 (the quota's used amount becomes what its licences
 * use, under the quota's row lock and only if nothing changed since the run) or 已说明 (left as it is,
 * with the reason). Both audited; a settled difference stays settled.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class QuotaDifferences {
    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserDirectory users;

    @Inject
    private Clock clock;

    /** The run's progress (empty: the run has not checked a quota yet, or there is no such run). */
    public Optional<QuotaReconciliationRun> run(long jobInstanceId) {
        return Optional.ofNullable(em.find(QuotaReconciliationRun.class, jobInstanceId));
    }

    /** The run's differences by quota document number, a page at a time. */
    public List<QuotaDifference> of(long jobInstanceId, int first, int max) {
        return em.createQuery(
                        "select d from QuotaDifference d where d.jobInstanceId = :instance order by d.documentNo, d.id",
                        QuotaDifference.class)
                .setParameter("instance", jobInstanceId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(long jobInstanceId) {
        return em.createQuery("select count(d) from QuotaDifference d where d.jobInstanceId = :instance", Long.class)
                .setParameter("instance", jobInstanceId)
                .getSingleResult();
    }

    /** The licences involved in one difference, by licence number. */
    public List<QuotaDifferenceLicence> licences(long differenceId) {
        return em.createQuery(
                        "select l from QuotaDifferenceLicence l where l.differenceId = :id order by l.licenceNo",
                        QuotaDifferenceLicence.class)
                .setParameter("id", differenceId)
                .getResultList();
    }

    /** The licences involved in each of a page of differences, by difference id, with one query. */
    public Map<Long, List<QuotaDifferenceLicence>> licences(Collection<Long> differenceIds) {
        if (differenceIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select l from QuotaDifferenceLicence l where l.differenceId in :ids order by l.licenceNo",
                        QuotaDifferenceLicence.class)
                .setParameter("ids", differenceIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(QuotaDifferenceLicence::getDifferenceId));
    }

    /**
     * 更正: the quota's used amount becomes the computed one. Refused, changing nothing, when the difference
     * is settled or changed since the user saw it, when the quota or its licences changed since the run
     * (run the reconciliation again), or when the licences use more than the quota's total.
     */
    @RolesAllowed(Roles.ADMIN)
    public QuotaDifference correct(long differenceId, Integer seenVersion, String reason) {
        QuotaDifference difference = seen(differenceId, seenVersion);
        String why = reasonOf(reason, false);
        Quota quota = em.find(Quota.class, difference.getQuotaId(), LockModeType.PESSIMISTIC_WRITE);
        BigDecimal computed = QuotaReconciliation.computedUsed(em, quota.getId());
        if (quota.getUsed().compareTo(difference.getStoredUsed()) != 0
                || computed.compareTo(difference.getComputedUsed()) != 0) {
            throw new BusinessException(
                    "quota.difference.error.changed", quota.getDocumentNo(), plain(quota.getUsed()), plain(computed));
        }
        BigDecimal before = quota.getUsed();
        quota.correctUsed(computed);
        String actor = users.caller().username();
        LocalDateTime now = LocalDateTime.now(clock);
        difference.resolve(QuotaDifference.Status.CORRECTED, actor, why, now);
        String ground = "quota-reconciliation " + difference.getJobInstanceId() + (why == null ? "" : ": " + why);
        audit.record(quota.auditSubject(), "RECONCILE", plain(before), plain(computed), ground);
        audit.record(difference.auditSubject(), "CORRECT", "OPEN", "CORRECTED", ground);
        return difference;
    }

    /** 已说明: the difference stays as it is, for the reason given (required). */
    @RolesAllowed(Roles.ADMIN)
    public QuotaDifference explain(long differenceId, Integer seenVersion, String reason) {
        QuotaDifference difference = seen(differenceId, seenVersion);
        String why = reasonOf(reason, true);
        difference.resolve(QuotaDifference.Status.EXPLAINED, users.caller().username(), why, LocalDateTime.now(clock));
        audit.record(difference.auditSubject(), "EXPLAIN", "OPEN", "EXPLAINED", why);
        return difference;
    }

    private QuotaDifference seen(long differenceId, Integer seenVersion) {
        QuotaDifference difference = em.find(QuotaDifference.class, differenceId, LockModeType.PESSIMISTIC_WRITE);
        if (difference == null) {
            throw new NotFoundException();
        }
        StaleData.check(difference, seenVersion);
        difference.checkOpen();
        return difference;
    }

    private static String reasonOf(String reason, boolean required) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() && required) {
            throw BusinessException.atField("reason", "quota.difference.error.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw BusinessException.atField("reason", "quota.difference.error.reasonTooLong", MAX_REASON);
        }
        return text.isEmpty() ? null : text;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
