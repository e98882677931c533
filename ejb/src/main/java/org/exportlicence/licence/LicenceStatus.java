package org.exportlicence.licence;

/** The states of a licence (SPEC §4). */
public enum LicenceStatus {
    /** 有效 — issued, not used yet. */
    VALID,
    /** 使用中 — partly cleared at customs. */
    IN_USE,
    /** 已清关 — fully cleared. */
    CLEARED,
    /** 已核销 — written off. */
    WRITTEN_OFF,
    /** 已删除 — deleted while unused. */
    DELETED,
    /** 已过期 — past its expiry date. */
    EXPIRED;

    public String labelKey() {
        return "licence.status." + name();
    }
}
