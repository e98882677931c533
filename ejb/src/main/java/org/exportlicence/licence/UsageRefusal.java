package org.exportlicence.licence;

/**
 * Why customs may not use a licence for a declaration. The names are the reason codes of the
 * customs reply message (reply-1.xsd), so they must not be renamed.
 */
public enum UsageRefusal {
    UNKNOWN_LICENCE,
    LICENCE_DELETED,
    LICENCE_WRITTEN_OFF,
    LICENCE_EXPIRED,
    LICENCE_NOT_YET_VALID,
    /** 一证一关: the licence is for one customs port only. */
    PORT_MISMATCH,
    UNIT_MISMATCH,
    /** 一批一证: the licence covers one declaration. */
    SINGLE_USE_EXHAUSTED,
    /** 非一批一证: at most 12 declarations. */
    USE_LIMIT_REACHED,
    /** Beyond the licensed quantity (plus 溢装 where it applies). */
    QUANTITY_EXCEEDED,
    /** The declaration number was recorded before, for another licence or quantity. */
    DECLARATION_CONFLICT,
    MALFORMED_MESSAGE,
    MESSAGE_TOO_LARGE
}
