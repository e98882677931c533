package org.exportlicence.platform;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * A lock that holds across the servers of a cluster: the row of {@code cluster_lock} with its name, locked
 * in the caller's transaction and released when that ends (the database does it also for a server that
 * died, with its connection). One server at a time does the work under it; on a single server it costs a
 * row lock.
 */
public final class ClusterLock {
    /** One customs outbox delivery round at a time. */
    public static final String OUTBOX_RELAY = "outbox-relay";
    /** First-start work of a deployment (creating the seal CA, loading demo data): done once, by one server. */
    public static final String STARTUP = "startup";

    private ClusterLock() {}

    /** Waits for the lock and holds it until the caller's transaction ends. */
    public static void await(EntityManager em, String name) {
        List<?> rows = em.createNativeQuery("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, name)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No cluster lock named " + name);
        }
    }

    /**
     * Takes the lock if no other transaction holds it, and holds it until the caller's transaction ends;
     * false at once when another holds it (SKIP LOCKED: H2, PostgreSQL and Oracle alike).
     */
    public static boolean tryTake(EntityManager em, String name, String holder) {
        List<?> rows = em.createNativeQuery("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, name)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        // Who holds it, for an operator looking at the table; the row lock is what counts.
        em.createNativeQuery("UPDATE cluster_lock SET held_by = ?, held_since = CURRENT_TIMESTAMP WHERE name = ?")
                .setParameter(1, holder)
                .setParameter(2, name)
                .executeUpdate();
        return true;
    }
}
