package org.exportlicence.platform;

/**
 * The characters customs declaration systems accept in free-text fields. Refused: control
 * characters (line breaks included), characters outside the Basic Multilingual Plane (emoji and
 * rare ideographs the GB18030 two-byte set lacks), and the markup and separator characters
 * {@code < > & " ' \ |} that EDI messages and the customs XML use as delimiters.
 */
public final class CustomsText {
    static final String FORBIDDEN = "<>&\"'\\|";

    private CustomsText() {}

    /** The first refused character of a text, or null when every character is acceptable. */
    public static String firstRefused(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint)
                    || codePoint > 0xFFFF
                    || Character.isSurrogate((char) codePoint)
                    || FORBIDDEN.indexOf(codePoint) >= 0) {
                return new String(Character.toChars(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }
}
