package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.CommodityQuery;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.PriceTerm;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.exportlicence.web.platform.LocaleSelection;

/**
 * What 录入申请 (application/entry.xhtml, {@link ApplicationEntryBacking}) offers to choose from: the
 * suggestions for commodity and port in step 1, and the code lists of the form's selects in step 2,
 * read once per view when the form first opens.
 */
@Named
@ViewScoped
public class ApplicationEntryChoices implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private transient Clock clock;

    private List<TradeMode> tradeModes;
    private List<Country> countries;
    private List<PaymentMethod> paymentMethods;
    private List<TransportMode> transportModes;
    private List<Currency> currencies;
    private List<PriceTerm> priceTerms;

    /** Step 1: catalogue lines of the current year by code prefix (typed digits) or by name. */
    public List<String> completeCommodity(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        CommodityQuery search = startsWithDigit(text)
                ? new CommodityQuery(year, firstToken(text), null, null)
                : new CommodityQuery(year, null, null, text);
        return catalogue.findCommodities(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(c -> c.getHsCode() + " " + c.getNameZh())
                .toList();
    }

    /** Step 1: ports by code prefix (typed digits) or by name. */
    public List<String> completePort(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        CodeNameQuery search =
                startsWithDigit(text) ? new CodeNameQuery(firstToken(text), null) : new CodeNameQuery(null, text);
        return catalogue.findPorts(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(this::portLabel)
                .toList();
    }

    /** The port with this code; null for none. */
    CustomsPort port(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalogue
                .findPorts(new CodeNameQuery(code.strip(), null), PageRequest.of(0, SUGGESTIONS))
                .rows()
                .stream()
                .filter(p -> p.getCode().equals(code.strip()))
                .findFirst()
                .orElse(null);
    }

    /** A port as step 1 shows and suggests it: code and name in the reader's language. */
    String portLabel(CustomsPort p) {
        return p.getCode() + " " + p.name(localeSelection.getLocale());
    }

    /** Step 2's code lists, read the first time the form opens in this view. */
    void readCodeLists() {
        if (tradeModes != null) {
            return;
        }
        tradeModes = all(TradeMode.class).stream()
                .filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                .toList();
        transportModes = all(TransportMode.class).stream()
                .filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                .toList();
        countries = all(Country.class);
        paymentMethods = all(PaymentMethod.class);
        currencies = all(Currency.class);
        priceTerms = all(PriceTerm.class);
    }

    /** Every row of a code table, read a page at a time. */
    private <T extends CodeEntry> List<T> all(Class<T> type) {
        List<T> rows = new ArrayList<>();
        ResultPage<T> page;
        do {
            page = catalogue.list(type, PageRequest.of(rows.size(), PageRequest.MAX_SIZE));
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return rows;
    }

    /** What the user typed or picked ("10063020 精米" → "10063020"). */
    static String firstToken(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().split("\\s+", 2)[0];
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    public List<TradeMode> getTradeModes() {
        return tradeModes;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public List<PaymentMethod> getPaymentMethods() {
        return paymentMethods;
    }

    public List<TransportMode> getTransportModes() {
        return transportModes;
    }

    public List<Currency> getCurrencies() {
        return currencies;
    }

    public List<PriceTerm> getPriceTerms() {
        return priceTerms;
    }
}
