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
import org.exportlicence.platform.Roles;

/**
 * Claims a due time of a scheduled job for this server. The claim is one conditional UPDATE of the
 * job's row, committed on its own: of two instances of a cluster whose timers fire for the same
 * due time (or which both catch up a missed run at start-up), exactly one moves the row forward and
 * runs the job.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleClaims {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The latest due time claimed for the job; a job never seen before starts at {@code firstDue}
     * (the due time before its first timer), so installing the platform does not run every job at once.
     */
    public LocalDateTime lastDue(String job, LocalDateTime firstDue) {
        JobScheduleEntry entry = em.find(JobScheduleEntry.class, job);
        if (entry == null) {
            entry = new JobScheduleEntry(job, firstDue);
            em.persist(entry);
        }
        return entry.getLastDue();
    }

    /** Whether this server won the due time (and must run the job); false when another already did. */
    public boolean claim(String job, LocalDateTime due, String server) {
        return em.createQuery("update JobScheduleEntry s set s.lastDue = :due, s.claimedBy = :server, "
                                + "s.claimedAt = :now where s.jobName = :job and s.lastDue < :due")
                        .setParameter("due", due)
                        .setParameter("server", server)
                        .setParameter("now", LocalDateTime.now(clock))
                        .setParameter("job", job)
                        .executeUpdate()
                == 1;
    }
}
