package org.exportlicence.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** reference/currencies.xhtml — 货币代码. */
@Named
@ViewScoped
public class CurrencyListBacking extends CodeTableBacking<Currency> {
    private static final long serialVersionUID = 1L;

    public CurrencyListBacking() {
        super(Currency.class);
    }
}
