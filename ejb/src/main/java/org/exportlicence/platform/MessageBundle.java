package org.exportlicence.platform;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the i18n/messages bundle that services write themselves, where no screen resolves a key
 * in the reader's language: the reasons told to customs and kept in audit records (Chinese, the
 * language of customs and of the records) and the labels of the printed forms (both languages).
 * Patterns are formatted as on the screens (MessageFormat, only when there are arguments); numbers
 * are written as they are (2026, 525000.5), never grouped or rounded by MessageFormat.
 */
public final class MessageBundle {
    private static final String BUNDLE = "i18n.messages";

    private MessageBundle() {}

    /** The Chinese text (messages.properties, which zh readers fall back to). */
    public static String chinese(String key, Object... arguments) {
        return text(Locale.SIMPLIFIED_CHINESE, key, arguments);
    }

    /** The English text (messages_en.properties). */
    public static String english(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    /** Both, as the official forms print their labels: "验证码 Verification code". */
    public static String bilingual(String key) {
        return chinese(key) + " " + english(key);
    }

    /** The text in {@code locale}; the key itself when the bundle lacks it, as on the screens. */
    public static String text(Locale locale, String key, Object... arguments) {
        // The server's default locale must not decide: zh and en are looked up, then the Chinese default.
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                MessageBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof BigDecimal decimal
                    ? decimal.toPlainString()
                    : arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
