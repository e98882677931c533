package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.Country;

/** reference/countries.xhtml — 国别（地区）代码, searched by code or name. */
@Named
@ViewScoped
public class CountryListBacking extends CodeNameSearchBacking<Country> {
    private static final long serialVersionUID = 1L;

    public CountryListBacking() {
        super(Country.class);
    }

    @Override
    protected ResultPage<Country> find(CodeNameQuery query, PageRequest page) {
        return catalogue.findCountries(query, page);
    }
}
