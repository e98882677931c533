package org.exportlicence.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking as the user meets it: a command names the version the user saw, and a change
 * made meanwhile by someone else is refused with "the data changed, reload" instead of overwritten.
 */
public final class StaleData {
    private StaleData() {}

    /** An entity with a JPA version. */
    public interface Versioned {
        int getVersion();
    }

    /** Refuses when the row is no longer at the version the user saw. */
    public static void check(Versioned row, Integer seenVersion) {
        if (seenVersion == null || row.getVersion() != seenVersion) {
            throw new BusinessException("error.staleData");
        }
    }

    /** Makes a concurrent change surface here, as a refusal the user understands. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.staleData");
        }
    }
}
