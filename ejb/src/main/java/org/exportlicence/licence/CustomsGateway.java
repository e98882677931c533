package org.exportlicence.licence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 海关 — what the licence road tells customs, and what it may read back about it. The customs
 * capability implements it (an outbox delivered over JMS); callers write in their own transaction,
 * so a licence and the message about it are committed together or not at all.
 */
public interface CustomsGateway {

    /** 许可证签发: customs may now clear goods against the licence. */
    void licenceIssued(Licence licence);

    /** 许可证删除: the licence may no longer be declared; {@code reason} is the enterprise's, if it gave one. */
    void licenceDeleted(Licence licence, LocalDate deletedOn, String reason);

    /** 许可证核销: closed with the quantity customs cleared; the unused rest went back to quota. */
    void licenceWrittenOff(
            Licence licence, LocalDate writtenOffOn, BigDecimal writtenOffQuantity, BigDecimal returnedQuantity);

    /** 许可证已过期: past its expiry date, no declaration may use it; {@code expiredOn} is the day after it. */
    void licenceExpired(String licenceNumber, LocalDate expiredOn);

    /** The messages customs was sent about one licence, oldest first, with where their delivery stands. */
    List<MessageView> messagesAbout(String licenceNumber);

    /** One message to customs about a licence, as the licence's detail page shows it. */
    record MessageView(
            String messageId,
            String eventType,
            LocalDateTime createdAt,
            LocalDateTime sentAt,
            LocalDateTime acknowledgedAt,
            int attempts,
            String lastError)
            implements Serializable {
        // Bean-style getters: Jakarta EL 5 does not read record components.
        public String getMessageId() {
            return messageId;
        }

        public String getEventType() {
            return eventType;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }

        public LocalDateTime getSentAt() {
            return sentAt;
        }

        public LocalDateTime getAcknowledgedAt() {
            return acknowledgedAt;
        }

        public int getAttempts() {
            return attempts;
        }

        public String getLastError() {
            return lastError;
        }
    }
}
