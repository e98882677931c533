package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.reference.PaymentMethod;

/** reference/payment-methods.xhtml — 支付方式. */
@Named
@ViewScoped
public class PaymentMethodListBacking extends CodeTableBacking<PaymentMethod> {
    private static final long serialVersionUID = 1L;

    public PaymentMethodListBacking() {
        super(PaymentMethod.class);
    }
}
