package org.exportlicence.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Messages;

/**
 * licence/view.xhtml?number= — one licence for its enterprise or its authority's officers: its
 * boxes, validity, what customs recorded of its use and its quota; its deletion and write-off
 * requests come from {@link org.exportlicence.returns.LicenceRequestsBacking}.
 */
@Named
@ViewScoped
public class LicenceViewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceIssuer licences;

    @Inject
    private Messages messages;

    private String number;
    private String loadError;
    private Licence licence;

    /** Page action: reads the licence; "not found" for anything outside the caller's scope. */
    public void load() {
        try {
            String wanted = number == null ? null : number.strip();
            licence = licences.find(wanted);
        } catch (BusinessException e) {
            licence = null;
            loadError = messages.text(e.messageKey(), e.arguments());
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

    public Licence getLicence() {
        return licence;
    }
}
