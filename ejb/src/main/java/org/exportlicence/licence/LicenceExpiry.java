package org.exportlicence.licence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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

    /** Expires those of the licences still due on {@code day}; returns how many it expired. */
    public int expire(List<Long> ids, LocalDate day, long jobInstanceId) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Licence> licences = em.createQuery(
                        "select l from Licence l where l.id in :ids order by l.id", Licence.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // The application (boxes 1–19) is not needed here: fetched for the chunk at once, not per row.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "l.application")
                .getResultList();
        int expired = 0;
        for (Licence licence : licences) {
            LicenceStatus from = licence.getStatus();
            if (licence.expire(day)) {
                LocalDate expiredOn = licence.getValidity().getExpiryDate().plusDays(1);
                audit.record(
                        licence.auditSubject(),
                        "EXPIRE",
                        from.name(),
                        licence.getStatus().name(),
                        "licence-expiry " + jobInstanceId + ", expiry date "
                                + licence.getValidity().getExpiryDate());
                customs.licenceExpired(licence, expiredOn);
                em.persist(new ExpiredLicence(licence, jobInstanceId, expiredOn));
                expired++;
            }
        }
        return expired;
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
