package org.exportlicence.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Puts messages of the i18n bundle on the page, in the reader's language. */
@RequestScoped
public class Messages {
    private static final String BUNDLE = "i18n.messages";

    @Inject
    private LocaleSelection localeSelection;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, localeSelection.getLocale(),
                Thread.currentThread().getContextClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, localeSelection.getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * Shows a refusal from a service: beside its field when the page has a component with the
     * field's id in {@code formId}, otherwise at the top of the page.
     */
    public void refusal(BusinessException e, String formId) {
        String clientId = null;
        if (e.field() != null && formId != null) {
            var component = FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + e.field());
            clientId = component == null ? null : component.getClientId();
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.arguments()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
