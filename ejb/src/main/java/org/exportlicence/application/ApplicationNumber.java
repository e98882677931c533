package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Optional;
import org.exportlicence.platform.Identifier;

/**
 * 申请表号 — twelve digits: the licence year (4) and the application's database sequence number
 * (8, zero-padded), e.g. {@code 202600000051}. The database sequence hands out each number once,
 * across threads and servers, so numbers never repeat; numbers a rolled-back save took are skipped
 * (gaps are acceptable, duplicates are not — the column is also unique).
 */
@Embeddable
public class ApplicationNumber extends Identifier {
    private static final long serialVersionUID = 1L;
    private static final long MAX_SEQUENCE = 99_999_999L;

    @Column(name = "application_no", nullable = false, length = 20)
    private String value;

    protected ApplicationNumber() {}

    private ApplicationNumber(String value) {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not an application number: " + value);
        }
        this.value = value;
    }

    /** The number of the application with that sequence number in that licence year. */
    public static ApplicationNumber of(int licenceYear, long sequence) {
        if (licenceYear < 2000 || licenceYear > 9999) {
            throw new IllegalArgumentException("Licence year out of range: " + licenceYear);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Application sequence out of range: " + sequence);
        }
        return new ApplicationNumber(String.format(Locale.ROOT, "%04d%08d", licenceYear, sequence));
    }

    /** A number as typed or passed in a page address; empty when it cannot be one (checked before any query). */
    public static Optional<ApplicationNumber> parse(String text) {
        String candidate = text == null ? "" : text.strip();
        return isWellFormed(candidate) ? Optional.of(new ApplicationNumber(candidate)) : Optional.empty();
    }

    /** Whether a text can be an application number at all. */
    public static boolean isWellFormed(String number) {
        return number != null && number.matches("\\d{12}");
    }

    @Override
    public String value() {
        return value;
    }
}
