package org.exportlicence.web.ekey;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.exportlicence.ekey.UserCertificate;

/**
 * The CA certificate (e-key) the signed-in user works under, kept in the session: the one presented at
 * sign-in, or the one picked on 选择 CA. The header shows it; the audit trail records it.
 */
public record ChosenEkey(String reference, String serialNumber, LocalDateTime notAfter) implements Serializable {
    private static final String ATTRIBUTE = ChosenEkey.class.getName();

    public static ChosenEkey of(UserCertificate key) {
        return new ChosenEkey(key.reference(), key.getSerialNumber(), key.getNotAfter());
    }

    public static ChosenEkey in(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof ChosenEkey chosen ? chosen : null;
    }

    public void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The serial's last eight digits, as the header shows it. */
    public String shortSerial() {
        return serialNumber.length() <= 8 ? serialNumber : "…" + serialNumber.substring(serialNumber.length() - 8);
    }
}
