package org.exportlicence.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.platform.Roles;

/**
 * The items the jobs' skip policies set aside. Recorded in a transaction of their own: the chunk
 * that skipped an item may roll back, the record of the skip must stay.
 */
@Stateless
@RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
public class SkippedItems {
    private static final int MAX_ITEM = 200;
    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.BATCH)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String job, long instanceId, long executionId, String step, String item, String reason) {
        em.persist(new SkippedItem(
                job,
                instanceId,
                executionId,
                step,
                clip(item, MAX_ITEM),
                clip(reason == null ? "?" : reason, MAX_REASON),
                LocalDateTime.now(clock)));
    }

    /** What one job instance (all its executions) skipped, oldest first. */
    public List<SkippedItem> of(long instanceId) {
        return em.createQuery(
                        "select s from SkippedItem s where s.jobInstanceId = :instance order by s.id",
                        SkippedItem.class)
                .setParameter("instance", instanceId)
                .getResultList();
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
