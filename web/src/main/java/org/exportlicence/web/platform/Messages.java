package org.exportlicence.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;

/** Puts messages of the i18n bundle on the page, in the reader's language. */
@RequestScoped
public class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static final String REQUIRED = "error.required";
    private static final String REQUIRED_NAMED = "error.required.named";
    private static final String REQUIRED_CHOICE = "error.required.choice";

    @Inject
    private LocaleSelection localeSelection;

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, localeSelection.getLocale(), Thread.currentThread().getContextClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(bundle, arguments[i]);
        }
        return new MessageFormat(pattern, localeSelection.getLocale()).format(shown);
    }

    /**
     * An argument as the reader sees it: services pass the label of a state or action as its message
     * key ("application.status.SUBMITTED"), which is shown in the reader's language; whole numbers
     * (years, counts, lengths) are shown without grouping, not as "2,026".
     */
    private static Object shown(ResourceBundle bundle, Object argument) {
        if (argument instanceof String key && key.indexOf('.') > 0 && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short) {
            return argument.toString();
        }
        return argument;
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A refusal the screen itself makes (nothing chosen, …), at the top of the page. */
    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refusal from a service: beside its field when the form {@code formId} has a rendered
     * component with the field's id (at any depth, inside tabs or panels), otherwise at the top of the page.
     */
    public void refusal(BusinessException e, String formId) {
        refusalAt(e, formId, e.field());
    }

    /**
     * Shows a refusal beside the input {@code componentId} of the form — for pages whose input
     * is named differently from the service's field — or at the top of the page when it is null.
     */
    public void refusalAt(BusinessException e, String formId, String componentId) {
        shownAt(formId, componentId, e.messageKey(), e.arguments());
    }

    /** Shows every refused input of a form, each beside its field (see {@link #refusal}). */
    public void refusals(ValidationException e, String formId) {
        for (FieldError error : e.errors()) {
            shownAt(formId, error.field(), error.messageKey(), error.arguments());
        }
    }

    /**
     * A refusal beside its input, or at the top of the page. "Required" names the field by its label
     * ("请填写合同号。"), since a screen reader reads the message on its own, away from the label.
     */
    private void shownAt(String formId, String componentId, String key, Object[] arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = formId == null ? null : faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null || componentId == null ? null : findRendered(form, componentId);
        String text = null;
        if (REQUIRED.equals(key) && input != null) {
            String label = labelOf(form, input);
            if (label != null) {
                text = text(input instanceof UISelectOne ? REQUIRED_CHOICE : REQUIRED_NAMED, label);
            }
        }
        if (text == null) {
            text = text(key, arguments == null ? new Object[0] : arguments);
        }
        add(input == null ? null : input.getClientId(faces), FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * The words that name an input: its label attribute, else the text of the label pointing at it
     * (p:outputLabel for=…), without a form's box number ("6. 合同号" → "合同号") or a trailing colon;
     * null when the input has no label.
     */
    private static String labelOf(UIComponent form, UIComponent input) {
        Object label = input.getAttributes().get("label");
        if (!(label instanceof String) || ((String) label).isBlank()) {
            UIComponent outputLabel = findLabelFor(form, input.getId());
            label = outputLabel == null ? null : ((UIOutput) outputLabel).getValue();
        }
        if (label == null) {
            return null;
        }
        String words = label.toString()
                .strip()
                .replaceFirst("^\\d+\\.\\s*", "")
                .replaceFirst("[:：]$", "")
                .strip();
        return words.isEmpty() ? null : words;
    }

    private static UIComponent findLabelFor(UIComponent parent, String inputId) {
        Iterator<UIComponent> kids = parent.getFacetsAndChildren();
        while (kids.hasNext()) {
            UIComponent kid = kids.next();
            if (kid instanceof UIOutput && inputId.equals(kid.getAttributes().get("for"))) {
                return kid;
            }
            UIComponent found = findLabelFor(kid, inputId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Only rendered components count: a hidden step or panel has no place to show a message. */
    private static UIComponent findRendered(UIComponent parent, String componentId) {
        Iterator<UIComponent> kids = parent.getFacetsAndChildren();
        while (kids.hasNext()) {
            UIComponent kid = kids.next();
            if (!kid.isRendered()) {
                continue;
            }
            if (componentId.equals(kid.getId())) {
                return kid;
            }
            UIComponent found = findRendered(kid, componentId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
