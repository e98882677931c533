package org.exportlicence.customs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A message for customs, written in the same transaction as the change it reports (licence issued,
 * deleted, written off …), so that the change and the message are committed or lost together.
 * The customs integration delivers it over JMS and then marks it sent.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, length = 60)
    private String aggregateId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    /** The id customs sees on every delivery of this row ({@link #messageIdOf}); set when first sent. */
    @Column(name = "message_id", length = 40)
    private String messageId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 400)
    private String lastError;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    protected OutboxMessage() {}

    public OutboxMessage(
            String aggregateType, String aggregateId, String eventType, String payload, LocalDateTime createdAt) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    /** Stable: derived from the row, so a redelivery after a crash carries the same id. */
    public static String messageIdOf(long outboxId) {
        return "ELP-" + outboxId;
    }

    /** The outbox row a message id names, or null when it is not one of ours. */
    public static Long outboxIdOf(String messageId) {
        if (messageId == null || !messageId.startsWith("ELP-")) {
            return null;
        }
        try {
            return Long.valueOf(messageId.substring(4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void sent(LocalDateTime at) {
        attempts++;
        messageId = messageIdOf(id);
        sentAt = at;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null || error.length() <= 400 ? error : error.substring(0, 400);
    }

    void acknowledged(LocalDateTime at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
