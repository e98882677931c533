package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.exportlicence.platform.Identifier;

/**
 * 报关单号 — the customs declaration's eighteen-character number (digits and capital letters, as
 * usage-1.xsd allows). One declaration uses a licence once: the number is the key that makes a
 * redelivered usage message harmless.
 */
@Embeddable
public class DeclarationNumber extends Identifier {
    private static final long serialVersionUID = 1L;

    @Column(name = "declaration_no", nullable = false, length = 18)
    private String value;

    protected DeclarationNumber() {}

    private DeclarationNumber(String value) {
        this.value = value;
    }

    /** A number as customs sent it; refused unless it has eighteen digits or capital letters. */
    public static DeclarationNumber of(String text) {
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException("Not a customs declaration number: " + text);
        }
        return new DeclarationNumber(text);
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.matches("[0-9A-Z]{18}");
    }

    @Override
    public String value() {
        return value;
    }
}
