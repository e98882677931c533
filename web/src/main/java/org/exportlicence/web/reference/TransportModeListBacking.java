package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.reference.TransportMode;

/** reference/transport-modes.xhtml — 运输方式. */
@Named
@ViewScoped
public class TransportModeListBacking extends CodeTableBacking<TransportMode> {
    private static final long serialVersionUID = 1L;

    public TransportModeListBacking() {
        super(TransportMode.class);
    }
}
