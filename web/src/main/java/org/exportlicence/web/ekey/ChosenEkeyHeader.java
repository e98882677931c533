package org.exportlicence.web.ekey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The header's "CA证书" link: the e-key the session works under, if any. */
@Named
@RequestScoped
public class ChosenEkeyHeader {
    public ChosenEkey getChosen() {
        return ChosenEkey.in(((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false));
    }
}
