package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.reference.Currency;

/** reference/currencies.xhtml — 货币代码. */
@Named
@ViewScoped
public class CurrencyListBacking extends CodeTableBacking<Currency> {
    private static final long serialVersionUID = 1L;

    public CurrencyListBacking() {
        super(Currency.class);
    }
}
