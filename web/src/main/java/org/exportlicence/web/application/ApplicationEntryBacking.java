package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.exportlicence.application.Amounts;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;

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
    /** The inputs of the 合同信息表 tab: a refusal only there opens that tab. */
    private static final Set<String> CONTRACT_FIELDS = Set.of(
            "contractDate", "buyerName", "buyerAddress", "contractAmount", "contractCurrencyCode", "priceTermCode");
    /** Step 1's inputs, by the service's fields. */
    private static final Map<String, String> STEP_ONE_INPUTS = Map.of("commodityCode", "commodity", "portCode", "port");

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private ApplicationQueries applicationQueries;

    @Inject
    private ApplicationEntryChoices choices;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

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

    /** Page action: opens step 2 directly for 修改 ({@code number}) or 复制 ({@code copyOf}). */
    public void load() {
        loadError = actions.loadError(() -> {
            if (hasText(number)) {
                form = applicationEntry.formOf(number.strip());
                saved = applicationQueries.find(form.getNumber());
                openForm();
            } else if (hasText(copyOf)) {
                form = applicationEntry.copyOf(copyOf.strip());
                openForm();
            }
        });
        if (loadError != null) {
            form = null;
        }
    }

    /**
     * 下一步: the service checks commodity and port and fills in the enterprise's data. Coming back
     * from step 2 keeps what was already entered and changes only commodity and port.
     */
    public void next() {
        actions.run(FORM, STEP_ONE_INPUTS, () -> {
            ApplicationForm fresh = applicationEntry.newForm(
                    ApplicationEntryChoices.firstToken(commodityInput), ApplicationEntryChoices.firstToken(portInput));
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
        });
    }

    /** Back to step 1, to choose another commodity or port; the form keeps its content. */
    public void back() {
        commodityInput =
                commodity == null ? form.getCommodityCode() : form.getCommodityCode() + " " + commodity.getNameZh();
        portInput = port == null ? form.getPortCode() : choices.portLabel(port);
        step = 1;
    }

    /** 保存并盖章. */
    public void saveAndSeal() {
        Application application = actions.result(FORM, () -> applicationEntry.saveAndSeal(form), this::showRefusedTab);
        if (application != null) {
            saved = application;
            form.setNumber(application.getNumber());
            form.setVersion(application.getVersion());
            messages.info("application.sealed");
            messages.info("application.savedAs", application.getNumber());
        }
    }

    /** Refused inputs only on the 合同信息表 open that tab, any other the form's. */
    private void showRefusedTab(BusinessException refusal) {
        if (refusal instanceof ValidationException invalid) {
            boolean onlyContract = invalid.errors().stream().allMatch(error -> CONTRACT_FIELDS.contains(error.field()));
            activeTab = onlyContract ? TAB_CONTRACT : TAB_FORM;
        }
    }

    private void openForm() {
        commodity = applicationEntry.commodityOf(form.getCommodityCode());
        port = choices.port(form.getPortCode());
        choices.readCodeLists();
        step = 2;
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
        if (total == null || "USD".equals(form.getCurrencyCode())) {
            return total;
        }
        return saved == null
                ? null
                : saved.getGoods().savedTotalUsd(form.getCurrencyCode(), form.getQuantity(), form.getUnitPrice());
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
}
