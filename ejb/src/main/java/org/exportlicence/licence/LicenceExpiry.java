package org.exportlicence.licence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.Roles;

/**
 * 许可证过期 — what the licence-expiry job does to licences: 有效 and 使用中 licences whose expiry date
 * is before the run's day become 已过期, each audited as batch-jobs and told to customs through the
 * outbox, in the job's chunk transaction. Rows are locked and re-checked before they change, so a
 * licence cleared or deleted meanwhile is left as it is, and a second run finds nothing to do.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
public class LicenceExpiry {
    private static final List<LicenceStatus> LIVE = List.of(LicenceStatus.VALID, LicenceStatus.IN_USE);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CustomsGateway customs;

    /** Ids of licences due to expire on {@code day}, after {@code afterId}, in id order (the job's reading). */
    public List<Long> due(LocalDate day, long afterId, int max) {
        return em.createQuery(
                        "select l.id from Licence l where l.status in :live and l.validity.expiryDate < :day "
                                + "and l.id > :after order by l.id",
                        Long.class)
                .setParameter("live", LIVE)
                .setParameter("day", day)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Expires those of the licences still due on {@code day}; returns how many it expired. The chunk's
     * rows are locked and re-checked by one statement and changed by one bulk update: no licence entity
     * (with its application and quota) is loaded, so a chunk costs a few statements plus its inserts.
     */
    public int expire(List<Long> ids, LocalDate day, long jobInstanceId) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object[]> due = lockDue(ids, day);
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> dueIds = due.stream().map(r -> ((Number) r[0]).longValue()).toList();
        em.createQuery("update Licence l set l.status = :expired, l.version = l.version + 1 where l.id in :ids")
                .setParameter("expired", LicenceStatus.EXPIRED)
                .setParameter("ids", dueIds)
                .executeUpdate();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            String number = (String) row[1];
            String from = (String) row[2];
            LocalDate expiryDate = localDate(row[3]);
            LocalDate expiredOn = expiryDate.plusDays(1);
            audit.record(
                    AuditSubject.of(Licence.AUDIT_TYPE, number),
                    "EXPIRE",
                    from,
                    LicenceStatus.EXPIRED.name(),
                    "licence-expiry " + jobInstanceId + ", expiry date " + expiryDate);
            customs.licenceExpired(number, expiredOn);
            em.persist(new ExpiredLicence(id, number, expiryDate, jobInstanceId, expiredOn));
        }
        return due.size();
    }

    /** Locks the licences among {@code ids} still 有效/使用中 past their expiry date; id, number, status, expiry date. */
    @SuppressWarnings("unchecked")
    private List<Object[]> lockDue(List<Long> ids, LocalDate day) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 2);
        }
        Query query = em.createNativeQuery("SELECT id, licence_no, status, expiry_date FROM licence WHERE id IN (" + in
                + ") AND status IN ('VALID', 'IN_USE') AND expiry_date < ?1 ORDER BY id FOR UPDATE");
        query.setParameter(1, day);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        return query.getResultList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    /** The licences one run (job instance) expired, by licence number, a page at a time. */
    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public List<ExpiredLicence> expiredBy(long jobInstanceId, int first, int max) {
        return em.createQuery(
                        "select e from ExpiredLicence e where e.jobInstanceId = :instance order by e.licenceNo",
                        ExpiredLicence.class)
                .setParameter("instance", jobInstanceId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public long countExpiredBy(long jobInstanceId) {
        return em.createQuery("select count(e) from ExpiredLicence e where e.jobInstanceId = :instance", Long.class)
                .setParameter("instance", jobInstanceId)
                .getSingleResult();
    }
}
