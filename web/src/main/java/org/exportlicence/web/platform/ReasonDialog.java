package org.exportlicence.web.platform;

import org.exportlicence.platform.BusinessException;
import org.primefaces.PrimeFaces;

/**
 * The dialog in which an officer gives the reason for a decision against the enterprise (退回,
 * 复审不通过, 不同意撤销, a request's 退回): its form, and what keeps it open after a refusal.
 */
public final class ReasonDialog {
    public static final String FORM = "reasonForm";

    private ReasonDialog() {}

    /** A refusal about the reason keeps the dialog open (its script reads "reasonRefused"); any other closes it. */
    public static void refused(BusinessException refusal) {
        if ("reason".equals(refusal.field())) {
            PrimeFaces.current().ajax().addCallbackParam("reasonRefused", true);
        }
    }
}
