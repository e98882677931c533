package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exportlicence.application.Amounts;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.ValidationException;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.Commodity;
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
import org.exportlicence.web.platform.Messages;

/**
 * application/entry.xhtml — 录入申请 in two steps: step 1 picks the commodity code (from the current
 * year's catalogue) and the port; step 2 is the form, boxes 1–19 and the 合同信息表, saved and sealed
 * by "保存并盖章". With {@code ?number=} it modifies a saved application (same number), with
 * {@code ?copyOf=} it starts from a copy (saving gives a new number). After a save the form stays
 * bound to the saved number and version, so the next save modifies instead of creating.
 */
@Named
@ViewScoped
public class ApplicationEntryBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String FORM = "entry";
    static final String TAB_FORM = "form";
    static final String TAB_CONTRACT = "contract";
    private static final int SUGGESTIONS = 20;
    /** The inputs of the 合同信息表 tab: a refusal only there opens that tab. */
    private static final Set<String> CONTRACT_FIELDS = Set.of("contractDate", "buyerName", "buyerAddress",
            "contractAmount", "contractCurrencyCode", "priceTermCode");

    @EJB
    private ApplicationService service;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private transient Clock clock;

    private String number;
    private String copyOf;
    private String loadError;

    private int step = 1;
    private String commodityInput;
    private String portInput;

    private ApplicationForm form;
    private Commodity commodity;
    private CustomsPort port;
    /** The application as last saved in this view (or opened for modification). */
    private Application saved;
    private String activeTab = TAB_FORM;

    private List<TradeMode> tradeModes;
    private List<Country> countries;
    private List<PaymentMethod> paymentMethods;
    private List<TransportMode> transportModes;
    private List<Currency> currencies;
    private List<PriceTerm> priceTerms;

    /** Page action: opens step 2 directly for 修改 ({@code number}) or 复制 ({@code copyOf}). */
    public void load() {
        try {
            if (hasText(number)) {
                form = service.formOf(number.strip());
                saved = service.find(form.getNumber());
                openForm();
            } else if (hasText(copyOf)) {
                form = service.copyOf(copyOf.strip());
                openForm();
            }
        } catch (BusinessException e) {
            form = null;
            loadError = messages.text(e.messageKey(), e.arguments());
        }
    }

    /** Step 1: catalogue lines of the current year by code prefix (typed digits) or by name. */
    public List<String> completeCommodity(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        CommodityQuery search = startsWithDigit(text) ? new CommodityQuery(year, firstToken(text), null, null)
                : new CommodityQuery(year, null, null, text);
        return catalogue.findCommodities(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(c -> c.getHsCode() + " " + c.getNameZh()).toList();
    }

    /** Step 1: ports by code prefix (typed digits) or by name. */
    public List<String> completePort(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        CodeNameQuery search = startsWithDigit(text) ? new CodeNameQuery(firstToken(text), null)
                : new CodeNameQuery(null, text);
        return catalogue.findPorts(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(this::portLabel).toList();
    }

    /**
     * 下一步: the service checks commodity and port and fills in the enterprise's data. Coming back
     * from step 2 keeps what was already entered and changes only commodity and port.
     */
    public void next() {
        try {
            ApplicationForm fresh = service.newForm(firstToken(commodityInput), firstToken(portInput));
            if (form == null) {
                form = fresh;
            } else {
                form.setCommodityCode(fresh.getCommodityCode());
                form.setPortCode(fresh.getPortCode());
            }
            openForm();
            if (commodity != null && !commodity.isQuotaManaged()) {
                form.setQuotaDocumentNo(null);
            }
        } catch (BusinessException e) {
            messages.refusalAt(e, FORM, "portCode".equals(e.field()) ? "port"
                    : "commodityCode".equals(e.field()) ? "commodity" : null);
        }
    }

    /** Back to step 1, to choose another commodity or port; the form keeps its content. */
    public void back() {
        commodityInput = commodity == null ? form.getCommodityCode()
                : form.getCommodityCode() + " " + commodity.getNameZh();
        portInput = port == null ? form.getPortCode() : portLabel(port);
        step = 1;
    }

    /** 保存并盖章. */
    public void saveAndSeal() {
        try {
            Application application = service.saveAndSeal(form);
            saved = application;
            form.setNumber(application.getNumber());
            form.setVersion(application.getVersion());
            messages.info("application.sealed");
            messages.info("application.savedAs", application.getNumber());
        } catch (ValidationException e) {
            messages.refusals(e, FORM);
            boolean onlyContract = e.errors().stream().allMatch(error -> CONTRACT_FIELDS.contains(error.field()));
            activeTab = onlyContract ? TAB_CONTRACT : TAB_FORM;
        } catch (BusinessException e) {
            messages.refusal(e, FORM);
        }
    }

    private void openForm() {
        commodity = service.commodityOf(form.getCommodityCode());
        port = findPort(form.getPortCode());
        if (tradeModes == null) {
            tradeModes = all(TradeMode.class).stream().filter(t -> t.getCodeSystem() == CodeSystem.LICENCE).toList();
            transportModes = all(TransportMode.class).stream().filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                    .toList();
            countries = all(Country.class);
            paymentMethods = all(PaymentMethod.class);
            currencies = all(Currency.class);
            priceTerms = all(PriceTerm.class);
        }
        step = 2;
    }

    private CustomsPort findPort(String code) {
        if (!hasText(code)) {
            return null;
        }
        return catalogue.findPorts(new CodeNameQuery(code.strip(), null), PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .filter(p -> p.getCode().equals(code.strip())).findFirst().orElse(null);
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

    private String portLabel(CustomsPort p) {
        return p.getCode() + " " + p.name(localeSelection.getLocale());
    }

    /** What the user typed or picked ("10063020 精米" → "10063020"). */
    private static String firstToken(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().split("\\s+", 2)[0];
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** 总值 (box 16): computed from quantity and unit price, never typed. */
    public BigDecimal getTotal() {
        return form == null ? null : Amounts.total(form.getQuantity(), form.getUnitPrice());
    }

    /**
     * 总值折美元 (box 17): the total itself for USD; otherwise the service converts at the day's rate
     * on saving, so the value shown is the saved one while the amounts are still those saved.
     */
    public BigDecimal getTotalUsd() {
        BigDecimal total = getTotal();
        if (total == null) {
            return null;
        }
        if ("USD".equals(form.getCurrencyCode())) {
            return total;
        }
        if (saved != null && saved.getCurrency() != null && Objects.equals(saved.getCurrency().getCode(), form.getCurrencyCode())
                && saved.getQuantity().compareTo(form.getQuantity()) == 0
                && saved.getUnitPrice().compareTo(form.getUnitPrice()) == 0) {
            return saved.getTotalUsd();
        }
        return null;
    }

    public boolean isStepTwo() {
        return step == 2 && form != null;
    }

    public boolean isQuotaManaged() {
        return commodity != null && commodity.isQuotaManaged();
    }

    /** 申请表号 once the form is bound to a saved application (after saving, or when modifying). */
    public String getApplicationNumber() {
        return form == null ? null : form.getNumber();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCopyOf() {
        return copyOf;
    }

    public void setCopyOf(String copyOf) {
        this.copyOf = copyOf;
    }

    public String getLoadError() {
        return loadError;
    }

    public String getCommodityInput() {
        return commodityInput;
    }

    public void setCommodityInput(String commodityInput) {
        this.commodityInput = commodityInput;
    }

    public String getPortInput() {
        return portInput;
    }

    public void setPortInput(String portInput) {
        this.portInput = portInput;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public Commodity getCommodity() {
        return commodity;
    }

    public CustomsPort getPort() {
        return port;
    }

    public Application getSaved() {
        return saved;
    }

    public String getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(String activeTab) {
        this.activeTab = TAB_CONTRACT.equals(activeTab) ? TAB_CONTRACT : TAB_FORM;
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
