package org.exportlicence.licence;

import java.nio.charset.StandardCharsets;
import org.exportlicence.application.ApplicationCanonicalForm;

/**
 * The bytes the issuing authority signs: header {@code ELP-LICENCE/1}, then the licence's own items
 * (number, authority, dates, quantity and use limit, box 19, verification code) as
 * {@code name=value} lines, then the application's canonical form (boxes 1–19 and the contract),
 * which the licence carries unchanged.
 */
public final class LicenceCanonicalForm {
    static final String HEADER = "ELP-LICENCE/1";

    private LicenceCanonicalForm() {}

    public static byte[] of(Licence l) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        line(text, "3.licence_no", l.getNumber());
        line(text, "authority", l.getAuthority().getCode());
        line(text, "licence_year", String.valueOf(l.getValidity().getLicenceYear()));
        line(text, "issue_date", l.getValidity().getIssueDate().toString());
        line(text, "valid_from", l.getValidity().getValidFrom().toString());
        line(text, "4.expiry_date", l.getValidity().getExpiryDate().toString());
        line(
                text,
                "14.quantity",
                l.getQuantity().setScale(3, java.math.RoundingMode.HALF_UP).toPlainString());
        line(text, "max_uses", String.valueOf(l.getBalance().getMaxUses()));
        line(text, "19.remarks", l.getRemarks());
        line(text, "verification_code", l.getIssuance().getVerificationCode());
        text.append(new String(ApplicationCanonicalForm.of(l.getApplication()), StandardCharsets.UTF_8));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name)
                .append('=')
                .append(
                        value == null
                                ? ""
                                : value.replace("\\", "\\\\")
                                        .replace("\n", "\\n")
                                        .replace("\r", "\\r"))
                .append('\n');
    }
}
