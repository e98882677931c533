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
 * 配额核对 — what the quota-reconciliation job does: the year's quotas a page at a time, compared with what
 * their licences use by the database (one grouped statement per page, returning only the quotas that
 * differ), and every difference written down with the licences involved. It never changes a quota.
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

    /**
     * A page's differing quotas. The licences' side reads only columns of ix_licence_quota (V30), so the
     * sums come from the index alone where the database can (PostgreSQL's index-only scan).
     */
    private static final String CHECK = "SELECT q.id, q.quota_year, q.document_no, q.authority_code, q.enterprise_id,"
            + " q.total, q.used, COALESCE(SUM(" + COUNTED + "), 0), COUNT(l.quota_id)"
            + " FROM quota q LEFT JOIN licence l ON l.quota_id = q.id AND l.status <> 'DELETED'"
            + " AND l.quota_id BETWEEN ?1 AND ?2"
            + " WHERE q.quota_year = ?3 AND q.id BETWEEN ?1 AND ?2"
            + " GROUP BY q.id, q.quota_year, q.document_no, q.authority_code, q.enterprise_id, q.total, q.used"
            + " HAVING q.used <> COALESCE(SUM(" + COUNTED + "), 0)"
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

    /**
     * The next page of the year's quotas after {@code afterId} in id order (at most {@code size}), checked;
     * null when there is none (the job's keyset reading).
     */
    public QuotaPage page(int year, long afterId, int size) {
        Bounds bounds = bounds(year, afterId, size);
        if (bounds == null) {
            return null;
        }
        long first = afterId + 1;
        long last = bounds.lastId();
        List<?> rows = em.createNativeQuery(CHECK)
                .setParameter(1, first)
                .setParameter(2, last)
                .setParameter(3, year)
                .getResultList();
        List<QuotaCheck> differing = rows.stream()
                .map(Object[].class::cast)
                .map(QuotaReconciliation::checkOf)
                .toList();
        return new QuotaPage(first, last, bounds.quotas(), differing);
    }

    private record Bounds(long lastId, int quotas) {}

    /** A page's last id and size without fetching its ids: the size-th id after afterId, else what is left. */
    private Bounds bounds(int year, long afterId, int size) {
        List<Long> nth = em.createQuery(
                        "select q.id from Quota q where q.year = :year and q.id > :after order by q.id", Long.class)
                .setParameter("year", year)
                .setParameter("after", afterId)
                .setFirstResult(size - 1)
                .setMaxResults(1)
                .getResultList();
        if (!nth.isEmpty()) {
            return new Bounds(nth.get(0), size);
        }
        Object[] rest = em.createQuery(
                        "select count(q.id), max(q.id) from Quota q where q.year = :year and q.id > :after",
                        Object[].class)
                .setParameter("year", year)
                .setParameter("after", afterId)
                .getSingleResult();
        int quotas = ((Number) rest[0]).intValue();
        return quotas == 0 ? null : new Bounds(((Number) rest[1]).longValue(), quotas);
    }

    /**
     * Writes down a page's differences for run {@code jobInstanceId}, with their licences, and counts its
     * quotas as checked; returns the run's differences so far.
     */
    public long record(long jobInstanceId, int year, QuotaPage page) {
        LocalDateTime now = LocalDateTime.now(clock);
        QuotaReconciliationRun run =
                em.find(QuotaReconciliationRun.class, jobInstanceId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new QuotaReconciliationRun(jobInstanceId, year, now);
            em.persist(run);
        }
        List<QuotaCheck> differing = page.differing();
        for (QuotaCheck check : differing) {
            em.persist(new QuotaDifference(jobInstanceId, check, now));
        }
        if (!differing.isEmpty()) {
            em.flush(); // the differences' rows, for the statement that copies their licences
            em.createNativeQuery(LICENCES)
                    .setParameter(1, jobInstanceId)
                    .setParameter(2, page.firstId())
                    .setParameter(3, page.lastId())
                    .executeUpdate();
        }
        run.checked(page.quotas(), differing.size(), now);
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
