package org.exportlicence.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.exportlicence.platform.Identifier;

/**
 * 统一社会信用代码 (GB 32100-2015) — the 18-character unified social credit code. The last character
 * is a check character over the first seventeen, in an alphabet without I, O, S, V and Z.
 */
@Embeddable
public class Uscc extends Identifier {
    private static final long serialVersionUID = 1L;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Column(name = "uscc", length = 18, nullable = false)
    private String value;

    protected Uscc() {}

    private Uscc(String value) {
        this.value = value;
    }

    /** Parses a code; refuses anything but 18 characters of the alphabet with the right check character. */
    public static Uscc of(String input) {
        String candidate = input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT);
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("Not a valid unified social credit code: " + input);
        }
        return new Uscc(candidate);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String value() {
        return value;
    }
}
