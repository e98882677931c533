package org.exportlicence.quota;

import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;

/** The quota page's whole read: the quota with its licence count, and its history. */
public record QuotaView(QuotaRow row, String categoryName, List<AuditEvent> history) implements Serializable {}
