package org.exportlicence.licence;

import java.util.Locale;

/**
 * 出口许可证号 (box 3): {@code YY-AA-NNNNNN} — the licence year's last two digits, the issuing
 * body's two-digit code and a serial of six (or, past a million, more) digits. The serial is the
 * licence's database sequence number, which no two licences ever share, so numbers stay unique
 * under concurrent issuing; numbers of rolled-back issues are skipped.
 */
public final class LicenceNumbers {
    private LicenceNumbers() {
    }

    public static String format(int licenceYear, String authorityCode, long serial) {
        if (authorityCode == null || !authorityCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("An issuing body's licence code has two digits: " + authorityCode);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("Licence serial must be positive: " + serial);
        }
        return String.format(Locale.ROOT, "%02d-%s-%06d", licenceYear % 100, authorityCode, serial);
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.matches("\\d{2}-\\d{2}-\\d{6,9}");
    }
}
