package org.exportlicence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One state change: who did what to which subject, when, from which state to which, and why. Never
 * updated, except that the sealer adds its place in the tamper-evident chain (see {@link AuditChain}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", updatable = false)
    private String fromState;

    @Column(name = "to_state", updatable = false)
    private String toState;

    @Column(updatable = false, length = 1000)
    private String reason;

    /** The e-key certificate the actor signed in with and chose (serial and issuer); null without one. */
    @Column(updatable = false, length = 300)
    private String certificate;

    /** Over the fields above, set before the insert; the chain number and hash are the sealer's (AuditChain). */
    @Column(name = "content_hash", updatable = false, length = 64)
    private String contentHash;

    protected AuditEvent() {}

    AuditEvent(
            LocalDateTime occurredAt,
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String reason,
            String certificate) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.certificate = certificate;
    }

    /** Once the id is assigned (at persist: ids come from a sequence), before the row is written. */
    void hashContent() {
        if (id == null) {
            throw new IllegalStateException("An audit event is hashed after its id is assigned");
        }
        contentHash = AuditHashes.content(
                id, occurredAt, actor, subjectType, subjectId, action, fromState, toState, reason, certificate);
    }

    public String getCertificate() {
        return certificate;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }
}
