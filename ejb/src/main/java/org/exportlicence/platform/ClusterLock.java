package org.exportlicence.platform;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Work that one server of a cluster does at a time, on the rows of {@code cluster_lock}: a row lock for
 * start-up work ({@link #await}), a lease for recurring work ({@link #lease}, {@link #release}). Leases are
 * reckoned in database time, so the servers' clocks need not agree. On a single server each costs a statement.
 */
public final class ClusterLock {
    /** One customs outbox delivery round at a time (a lease). */
    public static final String OUTBOX_RELAY = "outbox-relay";
    /** First-start work of a deployment (creating the seal CA, loading demo data): done once, by one server. */
    public static final String STARTUP = "startup";
    /** Issuing a missing seal key: one server at a time, so that an owner gets one key. */
    public static final String SEAL_KEYS = "seal-keys";

    private ClusterLock() {}

    /** This server's name in its cluster: the Payara instance (stable across its restarts), "server" alone. */
    public static String thisServer() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    /** Waits for the row lock and holds it until the caller's transaction ends. */
    public static void await(EntityManager em, String name) {
        List<?> rows = em.createNativeQuery("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE")
                .setParameter(1, name)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No cluster lock named " + name);
        }
    }

    /**
     * Takes or renews the lease for {@code holder} until {@code length} from now (database time), unless another
     * holder's lease is still running; whether the caller holds it. The caller's transaction should be short
     * and its own: the lease counts once it commits.
     */
    public static boolean lease(EntityManager em, String name, String holder, Duration length) {
        Timestamp now = timestamp(em.createNativeQuery("SELECT LOCALTIMESTAMP FROM cluster_lock WHERE name = ?")
                .setParameter(1, name)
                .getSingleResult());
        return em.createNativeQuery(
                                "UPDATE cluster_lock SET held_by = ?, held_until = ?"
                                        + " WHERE name = ? AND (held_by IS NULL OR held_by = ? OR held_until IS NULL OR held_until < ?)")
                        .setParameter(1, holder)
                        .setParameter(2, Timestamp.from(now.toInstant().plus(length)))
                        .setParameter(3, name)
                        .setParameter(4, holder)
                        .setParameter(5, now)
                        .executeUpdate()
                == 1;
    }

    /** The database's time as the drivers hand it over (a Timestamp, or java.time on some). */
    private static Timestamp timestamp(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp;
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local);
        }
        if (value instanceof OffsetDateTime offset) {
            return Timestamp.valueOf(offset.toLocalDateTime());
        }
        throw new IllegalStateException("Unexpected database time " + value);
    }

    /** Gives the lease up if {@code holder} has it. */
    public static void release(EntityManager em, String name, String holder) {
        em.createNativeQuery("UPDATE cluster_lock SET held_by = NULL, held_until = NULL WHERE name = ? AND held_by = ?")
                .setParameter(1, name)
                .setParameter(2, holder)
                .executeUpdate();
    }
}
