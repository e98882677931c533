package org.exportlicence.licence;

import org.exportlicence.platform.MessageBundle;

/**
 * Why customs may not use a licence for a declaration. The names are the reason codes of the
 * customs reply message (reply-1.xsd), so they must not be renamed. The reason text that goes with
 * a code is the bundle's {@link #messageKey()}, with the figures customs needs to see why.
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
    MESSAGE_TOO_LARGE;

    /**
     * The reason's pattern in the i18n bundle, its arguments the refusal's figures; none for the
     * two refusals of unreadable messages, whose reason is the parser's own words.
     */
    public String messageKey() {
        return "usage.refusal." + name();
    }

    /** The reason as told to customs, whose systems are Chinese: the bundle's Chinese text. */
    String reason(Object... arguments) {
        return MessageBundle.chinese(messageKey(), arguments);
    }
}
