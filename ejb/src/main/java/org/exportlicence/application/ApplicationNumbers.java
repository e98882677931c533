package org.exportlicence.application;

import java.util.Locale;

/**
 * 申请表号 — twelve digits: the licence year (4) and the application's database sequence number
 * (8, zero-padded), e.g. {@code 202600000051}. The database sequence hands out each number once,
 * across threads and servers, so numbers never repeat; numbers a rolled-back save took are skipped
 * (gaps are acceptable, duplicates are not — the column is also unique).
 */
public final class ApplicationNumbers {
    private static final long MAX_SEQUENCE = 99_999_999L;

    private ApplicationNumbers() {
    }

    public static String format(int licenceYear, long sequence) {
        if (licenceYear < 2000 || licenceYear > 9999) {
            throw new IllegalArgumentException("Licence year out of range: " + licenceYear);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Application sequence out of range: " + sequence);
        }
        return String.format(Locale.ROOT, "%04d%08d", licenceYear, sequence);
    }

    /** Whether a text can be an application number at all (checked before any query). */
    public static boolean isWellFormed(String number) {
        return number != null && number.matches("\\d{12}");
    }
}
