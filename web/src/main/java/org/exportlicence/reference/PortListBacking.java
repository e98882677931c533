package org.exportlicence.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;

/** reference/ports.xhtml — 口岸代码, searched by code or name. */
@Named
@ViewScoped
public class PortListBacking extends CodeTableBacking<CustomsPort> {
    private static final long serialVersionUID = 1L;

    private String code;
    private String name;

    public PortListBacking() {
        super(CustomsPort.class);
    }

    @Override
    protected ResultPage<CustomsPort> loadPage(PageRequest page) {
        return catalogue.findPorts(new CodeNameQuery(code, name), page);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
