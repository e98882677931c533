package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.platform.Roles;

/**
 * 配额核对 — what the quota-reconciliation job does: reads the year's quotas a page at a time with what
 * their licences use, computed by the database (one grouped statement per page), and writes down every
 * quota whose stored used amount differs, with the licences involved. It never changes a quota.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
public class QuotaReconciliation {
    /**
     * What a licence counts towards its quota's used amount: not deleted, its quantity; written off, the
     * part used (write-off gave the rest back). Portable SQL over table licence aliased l.
     */
    static final String COUNTED = "CASE WHEN l.status = 'WRITTEN_OFF' THEN"
            + " (CASE WHEN l.used_quantity < l.quantity THEN l.used_quantity ELSE l.quantity END)"
            + " ELSE l.quantity END";

    private static final String CHECK = "SELECT q.id, q.quota_year, q.document_no, q.authority_code, q.enterprise_id,"
            + " q.total, q.used, COALESCE(SUM(" + COUNTED + "), 0), COUNT(l.id)"
            + " FROM quota q LEFT JOIN licence l ON l.quota_id = q.id AND l.status <> 'DELETED'"
            + " AND l.quota_id BETWEEN ?1 AND ?2"
            + " WHERE q.quota_year = ?3 AND q.id BETWEEN ?1 AND ?2"
            + " GROUP BY q.id, q.quota_year, q.document_no, q.authority_code, q.enterprise_id, q.total, q.used"
            + " ORDER BY q.id";

    /** The licences of a chunk's differences, copied by one statement (portable: no sequence involved). */
    private static final String LICENCES = "INSERT INTO quota_difference_licence"
            + " (difference_id, licence_id, licence_no, status, quantity, counted)"
            + " SELECT d.id, l.id, l.licence_no, l.status, l.quantity, " + COUNTED
            + " FROM quota_difference d JOIN licence l ON l.quota_id = d.quota_id AND l.status <> 'DELETED'"
            + " WHERE d.job_instance_id = ?1 AND d.quota_id BETWEEN ?2 AND ?3";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Ids of the year's quotas after {@code afterId}, in id order (the job's keyset reading). */
    public List<Long> quotaIds(int year, long afterId, int max) {
        return em.createQuery(
                        "select q.id from Quota q where q.year = :year and q.id > :after order by q.id", Long.class)
                .setParameter("year", year)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The year's quotas with ids from {@code firstId} to {@code lastId}, each with what its licences use. */
    public List<QuotaCheck> check(int year, long firstId, long lastId) {
        List<?> rows = em.createNativeQuery(CHECK)
                .setParameter(1, firstId)
                .setParameter(2, lastId)
                .setParameter(3, year)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(QuotaReconciliation::checkOf)
                .toList();
    }

    /**
     * Writes down the differences among {@code checked} for run {@code jobInstanceId}, with their
     * licences, and counts the quotas checked; returns the run's differences so far.
     */
    public long record(long jobInstanceId, int year, List<QuotaCheck> checked) {
        LocalDateTime now = LocalDateTime.now(clock);
        QuotaReconciliationRun run =
                em.find(QuotaReconciliationRun.class, jobInstanceId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new QuotaReconciliationRun(jobInstanceId, year, now);
            em.persist(run);
        }
        List<QuotaCheck> differing =
                checked.stream().filter(QuotaCheck::differs).toList();
        for (QuotaCheck check : differing) {
            em.persist(new QuotaDifference(jobInstanceId, check, now));
        }
        if (!differing.isEmpty()) {
            em.flush(); // the differences' rows, for the statement that copies their licences
            em.createNativeQuery(LICENCES)
                    .setParameter(1, jobInstanceId)
                    .setParameter(2, differing.get(0).quotaId())
                    .setParameter(3, differing.get(differing.size() - 1).quotaId())
                    .executeUpdate();
        }
        run.checked(checked.size(), differing.size(), now);
        return run.getDifferencesFound();
    }

    /** What one quota's licences use now (the correction's re-check). */
    static BigDecimal computedUsed(EntityManager entityManager, long quotaId) {
        Object sum = entityManager
                .createNativeQuery("SELECT COALESCE(SUM(" + COUNTED + "), 0) FROM licence l"
                        + " WHERE l.quota_id = ?1 AND l.status <> 'DELETED'")
                .setParameter(1, quotaId)
                .getSingleResult();
        return decimal(sum);
    }

    private static QuotaCheck checkOf(Object[] r) {
        return new QuotaCheck(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).intValue(),
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).longValue(),
                decimal(r[5]),
                decimal(r[6]),
                decimal(r[7]),
                ((Number) r[8]).intValue());
    }

    static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }
}
