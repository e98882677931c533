package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * 报关单号 — the customs declaration's eighteen-character number (digits and capital letters, as
 * usage-1.xsd allows). One declaration uses a licence once: the number is the key that makes a
 * redelivered usage message harmless.
 */
@Embeddable
public class DeclarationNumber implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "declaration_no", nullable = false, length = 18)
    private String value;

    protected DeclarationNumber() {
    }

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

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeclarationNumber number && Objects.equals(number.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
