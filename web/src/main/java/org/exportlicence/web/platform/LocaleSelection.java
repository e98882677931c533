package org.exportlicence.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The reader's language for this session: Simplified Chinese unless they switch to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches language; "en" for English, anything else for Chinese. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** Used by pages that take {@code ?lang=} (the login page). */
    public String getLang() {
        return locale.getLanguage();
    }

    public void setLang(String language) {
        if (language != null && !language.isBlank()) {
            switchTo(language);
        }
    }
}
