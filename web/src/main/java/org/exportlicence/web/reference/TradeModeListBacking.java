package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.reference.TradeMode;

/** reference/trade-modes.xhtml — 贸易方式, all code systems. */
@Named
@ViewScoped
public class TradeModeListBacking extends CodeTableBacking<TradeMode> {
    private static final long serialVersionUID = 1L;

    public TradeModeListBacking() {
        super(TradeMode.class);
    }
}
