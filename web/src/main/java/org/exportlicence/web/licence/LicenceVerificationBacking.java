package org.exportlicence.web.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.web.platform.UserAction;

/**
 * verify.xhtml — the public check of a licence (no sign-in): licence number and the verification
 * code printed on it; opened directly by the QR code on the licence (?no=…&amp;code=…).
 */
@Named
@ViewScoped
public class LicenceVerificationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceQueries licences;

    @Inject
    private UserAction actions;

    private String number;
    private String code;
    private LicenceQueries.PublicCheck result;
    private boolean notFound;

    /** Checks at once when the page is opened with both parameters (from the QR code). */
    public void onLoad() {
        if (number != null && code != null && result == null && !notFound) {
            check();
        }
    }

    /** A wrong number or code reads as "not found", whichever it was. */
    public void check() {
        notFound = actions.loadError(() -> result = licences.verify(number, code)) != null;
        if (notFound) {
            result = null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LicenceQueries.PublicCheck getResult() {
        return result;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
