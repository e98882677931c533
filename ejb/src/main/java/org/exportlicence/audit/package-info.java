/**
 * 审计 — the audit trail: who changed what, when, from which state to which, and why.
 *
 * <p>Owns {@link org.exportlicence.audit.AuditEvent}; every capability records through
 * {@link org.exportlicence.audit.AuditTrail} in its own transaction, naming the record by its
 * {@link org.exportlicence.audit.AuditSubject}. {@link org.exportlicence.audit.AuditChain} makes the trail
 * tamper-evident (a hash chain, its head signed with the platform's audit key from the seal package).
 * Depends on the kernel and the seal keys only.
 */
package org.exportlicence.audit;
