package org.exportlicence.customs;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Messages for customs not yet accepted by the broker: how many, and since when (null when none). */
public record OutboxBacklog(long pending, LocalDateTime oldest, String lastError) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not read record components.
    public long getPending() {
        return pending;
    }

    public LocalDateTime getOldest() {
        return oldest;
    }

    public String getLastError() {
        return lastError;
    }
}
