package org.exportlicence.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;

/** reference/countries.xhtml — 国别（地区）代码, searched by code or name. */
@Named
@ViewScoped
public class CountryListBacking extends CodeTableBacking<Country> {
    private static final long serialVersionUID = 1L;

    private String code;
    private String name;

    public CountryListBacking() {
        super(Country.class);
    }

    @Override
    protected ResultPage<Country> loadPage(PageRequest page) {
        return catalogue.findCountries(new CodeNameQuery(code, name), page);
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
