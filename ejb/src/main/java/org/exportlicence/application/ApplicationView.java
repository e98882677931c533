package org.exportlicence.application;

import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.quota.Quota;

/**
 * An application as its detail page shows it, read in one call: the application, whether the
 * enterprise's seal still verifies, its history and the quota it draws on (null without quota).
 */
public record ApplicationView(Application application, SealCheck seal, List<AuditEvent> history, Quota quota)
        implements Serializable {
    public ApplicationView {
        history = List.copyOf(history);
    }

    // Bean-style getters: Jakarta EL 5 does not read record components.
    public Application getApplication() {
        return application;
    }

    public SealCheck getSeal() {
        return seal;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public Quota getQuota() {
        return quota;
    }
}
