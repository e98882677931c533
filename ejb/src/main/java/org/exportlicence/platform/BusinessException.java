package org.exportlicence.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can cause and understand. It carries a message key of the {@code i18n/messages}
 * bundle (resolved in the user's language by the screen) and, where it concerns one input, the field.
 * Rolls the transaction back, so a refused action changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one input; the page shows it beside that field. */
    public static BusinessException atField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    protected BusinessException(String field, String messageKey, Object[] arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input this refusal is about, or null when it concerns the whole action. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
