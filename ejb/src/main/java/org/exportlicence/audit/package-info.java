/**
 * 审计 — the audit trail: who changed what, when, from which state to which, and why.
 *
 * <p>Owns {@link org.exportlicence.audit.AuditEvent}; every capability records through
 * {@link org.exportlicence.audit.AuditTrail} in its own transaction, naming the record by its
 * {@link org.exportlicence.audit.AuditSubject}. Depends on the kernel only.
 */
package org.exportlicence.audit;
