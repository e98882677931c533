package org.exportlicence.returns;

import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;

/** A deletion or write-off request as its detail page shows it, read in one call: the request and its history. */
public record ReturnView(ReturnRequest request, List<AuditEvent> history) implements Serializable {
    public ReturnView {
        history = List.copyOf(history);
    }
}
