package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Optional;
import org.exportlicence.platform.Identifier;

/**
 * 出口许可证号 (box 3): {@code YY-AA-NNNNNN} — the licence year's last two digits, the issuing
 * body's two-digit code and a serial of six (or, past a million, more) digits. The serial is the
 * licence's database sequence number, which no two licences ever share, so numbers stay unique
 * under concurrent issuing; numbers of rolled-back issues are skipped.
 */
@Embeddable
public class LicenceNumber extends Identifier {
    private static final long serialVersionUID = 1L;

    @Column(name = "licence_no", nullable = false, length = 16)
    private String value;

    protected LicenceNumber() {}

    private LicenceNumber(String value) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a licence number: " + value);
        }
        this.value = value;
    }

    /** The number of the licence with that serial, issued by that body in that licence year. */
    public static LicenceNumber of(int licenceYear, String authorityCode, long serial) {
        if (authorityCode == null || !authorityCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("An issuing body's licence code has two digits: " + authorityCode);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("Licence serial must be positive: " + serial);
        }
        return new LicenceNumber(String.format(Locale.ROOT, "%02d-%s-%06d", licenceYear % 100, authorityCode, serial));
    }

    /** A number as typed, scanned or received; empty when it cannot be one (checked before any query). */
    public static Optional<LicenceNumber> parse(String text) {
        String candidate = text == null ? "" : text.strip();
        return isWellFormed(candidate) ? Optional.of(new LicenceNumber(candidate)) : Optional.empty();
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.matches("\\d{2}-\\d{2}-\\d{6,9}");
    }

    @Override
    public String value() {
        return value;
    }
}
