package org.exportlicence.licence;

/** Where customs stands with the latest message about a licence. */
public enum CustomsStatus {
    /** 待发送 — written to the outbox, not yet accepted by the broker. */
    PENDING,
    /** 已发送 — the broker accepted it; customs has not confirmed yet. */
    SENT,
    /** 海关已接收 — customs confirmed it stored the message. */
    ACKNOWLEDGED;

    public String labelKey() {
        return "licence.customsStatus." + name();
    }
}
