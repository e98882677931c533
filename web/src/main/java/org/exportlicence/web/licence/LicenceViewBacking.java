package org.exportlicence.web.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.web.platform.UserAction;

/**
 * licence/view.xhtml?number= — one licence: its boxes, where customs stands with it (messages
 * sent / acknowledged), the uses and quantity left and every declaration that used it.
 * "Not found" for any licence the caller may not see.
 */
@Named
@ViewScoped
public class LicenceViewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceQueries licences;

    @Inject
    private UserAction actions;

    private String number;
    private String loadError;
    private LicenceQueries.LicenceDetail detail;

    /** Page action. */
    public void load() {
        loadError = actions.loadError(() -> detail = licences.detail(number == null ? null : number.strip()));
        if (loadError != null) {
            detail = null;
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLoadError() {
        return loadError;
    }

    public LicenceQueries.LicenceDetail getDetail() {
        return detail;
    }
}
