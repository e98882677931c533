package org.exportlicence.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** reference/payment-methods.xhtml — 支付方式. */
@Named
@ViewScoped
public class PaymentMethodListBacking extends CodeTableBacking<PaymentMethod> {
    private static final long serialVersionUID = 1L;

    public PaymentMethodListBacking() {
        super(PaymentMethod.class);
    }
}
