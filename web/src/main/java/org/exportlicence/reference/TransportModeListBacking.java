package org.exportlicence.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** reference/transport-modes.xhtml — 运输方式. */
@Named
@ViewScoped
public class TransportModeListBacking extends CodeTableBacking<TransportMode> {
    private static final long serialVersionUID = 1L;

    public TransportModeListBacking() {
        super(TransportMode.class);
    }
}
