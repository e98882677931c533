package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.CustomsPort;

/** reference/ports.xhtml — 口岸代码, searched by code or name. */
@Named
@ViewScoped
public class PortListBacking extends CodeNameSearchBacking<CustomsPort> {
    private static final long serialVersionUID = 1L;

    public PortListBacking() {
        super(CustomsPort.class);
    }

    @Override
    protected ResultPage<CustomsPort> find(CodeNameQuery query, PageRequest page) {
        return catalogue.findPorts(query, page);
    }
}
