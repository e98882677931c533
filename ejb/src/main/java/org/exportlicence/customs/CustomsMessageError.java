package org.exportlicence.customs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 海关报文异常 — a message from customs that could not be processed, kept with the reason. One that
 * names a licence of the platform belongs to that licence's issuing authority, whose officers see it;
 * one that names none (unreadable, or a number no licence has) only the administrator sees.
 */
@Entity
@Table(name = "customs_message_error")
public class CustomsMessageError implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longer messages (they are refused anyway) are kept cut to this many characters. */
    static final int MAX_KEPT_CHARS = 256 * 1024;

    public enum Status {
        /** 待处理 */
        NEW,
        /** 已重发 — sent to the inbound queue again by an officer. */
        REPLAYED;

        public String labelKey() {
            return "customs.error.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customs_message_error_seq")
    @SequenceGenerator(
            name = "customs_message_error_seq",
            sequenceName = "customs_message_error_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "jms_message_id", length = 100)
    private String jmsMessageId;

    @Column(name = "correlation_id", length = 100)
    private String correlationId;

    @Column(name = "message_type", length = 40)
    private String messageType;
    /** The queue customs asked replies on (not a temporary one: it would be gone by a replay). */
    @Column(name = "reply_to", length = 100)
    private String replyTo;

    @Column(name = "reason_code", nullable = false, length = 40)
    private String reasonCode;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "delivery_count", nullable = false)
    private int deliveryCount;

    @Lob
    private String body;

    @Column(name = "body_size", nullable = false)
    private int bodySize;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "replayed_at")
    private LocalDateTime replayedAt;

    @Column(name = "replayed_by", length = 50)
    private String replayedBy;
    /** The licence the message names, if it names one of the platform's. */
    @Column(name = "licence_no", length = 16)
    private String licenceNo;

    @ManyToOne
    @JoinColumn(name = "authority_code")
    private IssuingAuthority authority;

    protected CustomsMessageError() {}

    CustomsMessageError(
            String jmsMessageId,
            String correlationId,
            String messageType,
            String replyTo,
            String reasonCode,
            String reason,
            int deliveryCount,
            String body,
            int bodySize,
            LocalDateTime receivedAt,
            String licenceNo,
            IssuingAuthority authority) {
        this.replyTo = clip(replyTo, 100);
        this.jmsMessageId = clip(jmsMessageId, 100);
        this.correlationId = clip(correlationId, 100);
        this.messageType = clip(messageType, 40);
        this.reasonCode = clip(reasonCode, 40);
        this.reason = clip(reason == null || reason.isBlank() ? reasonCode : reason, 1000);
        this.deliveryCount = deliveryCount;
        this.body = body;
        this.bodySize = bodySize;
        this.receivedAt = receivedAt;
        this.status = Status.NEW;
        this.licenceNo = licenceNo;
        this.authority = authority;
    }

    void replayed(String by, LocalDateTime at) {
        this.status = Status.REPLAYED;
        this.replayedBy = by;
        this.replayedAt = at;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public int getDeliveryCount() {
        return deliveryCount;
    }

    public String getBody() {
        return body;
    }

    public int getBodySize() {
        return bodySize;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getReplayedAt() {
        return replayedAt;
    }

    public String getReplayedBy() {
        return replayedBy;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public IssuingAuthority getAuthority() {
        return authority;
    }
}
