package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaSwap;
import org.exportlicence.quota.QuotaSwapEntry;
import org.exportlicence.quota.QuotaSwapForm;
import org.exportlicence.quota.QuotaSwapQueries;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;

/**
 * quota/swap-entry.xhtml — 申请调换: the source quota (one of the enterprise's tungsten, antimony or
 * molybdenum quotas), into another of its quotas of that year or into a new line (category of that
 * year, optional trade mode and destination), the quantity and the reason. Filed, the page returns
 * to 有色金属钨锑钼配额调换 with the message; refused, each refusal shows beside its input.
 */
@Named
@ViewScoped
public class QuotaSwapEntryBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String NEW_LINE = "NEW";

    @EJB
    private QuotaSwapQueries queries;

    @EJB
    private QuotaSwapEntry entry;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    private List<Quota> quotas;
    private List<TradeMode> tradeModes;
    private List<Country> countries;

    private Long fromQuotaId;
    private String mode = "EXISTING";
    private Long toQuotaId;
    private String categoryCode;
    private Long tradeModeId;
    private String countryCode;
    private BigDecimal quantity;
    private String reason;

    /** Page action: the enterprise's swappable quotas and the code lists, once per view. */
    public void load() {
        if (quotas != null) {
            return;
        }
        quotas = queries.swappableQuotas();
        tradeModes = all(TradeMode.class).stream()
                .filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                .toList();
        countries = all(Country.class);
    }

    /** 提交: files the swap; done, back to the list with the message kept for it. */
    public String file() {
        QuotaSwapForm form = isNewLine()
                ? QuotaSwapForm.toNewLine(fromQuotaId, categoryCode, tradeModeId, countryCode, quantity, reason)
                : QuotaSwapForm.toQuota(fromQuotaId, toQuotaId, quantity, reason);
        QuotaSwap filed = actions.result("entry", () -> entry.file(form));
        if (filed == null) {
            return null;
        }
        messages.info("quotaSwap.filed", filed.getId());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/quota/swaps?faces-redirect=true";
    }

    /** The source quota chosen, or null. */
    public Quota getFromQuota() {
        return quotas == null || fromQuotaId == null
                ? null
                : quotas.stream()
                        .filter(q -> q.getId().equals(fromQuotaId))
                        .findFirst()
                        .orElse(null);
    }

    /** The receiving quotas offered: the enterprise's others of the source's year and unit. */
    public List<Quota> getToQuotas() {
        Quota from = getFromQuota();
        if (from == null) {
            // Before a source is chosen every quota is offered; filing checks the pair.
            return quotas == null ? List.of() : quotas;
        }
        return quotas.stream()
                .filter(q -> !q.getId().equals(from.getId())
                        && q.getYear() == from.getYear()
                        && q.getUnit().getCode().equals(from.getUnit().getCode()))
                .toList();
    }

    /** The categories a new line may be of: tungsten, antimony and molybdenum of the source's year. */
    public List<CommodityCategory> getCategories() {
        Quota from = getFromQuota();
        return from == null ? List.of() : queries.categories(from.getYear());
    }

    public boolean isNewLine() {
        return NEW_LINE.equals(mode);
    }

    private <T extends CodeEntry> List<T> all(Class<T> type) {
        List<T> rows = new ArrayList<>();
        ResultPage<T> page;
        do {
            page = catalogue.list(type, PageRequest.of(rows.size(), PageRequest.MAX_SIZE));
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return rows;
    }

    public List<Quota> getQuotas() {
        return quotas;
    }

    public List<TradeMode> getTradeModes() {
        return tradeModes;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public Long getFromQuotaId() {
        return fromQuotaId;
    }

    public void setFromQuotaId(Long fromQuotaId) {
        this.fromQuotaId = fromQuotaId;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Long getToQuotaId() {
        return toQuotaId;
    }

    public void setToQuotaId(Long toQuotaId) {
        this.toQuotaId = toQuotaId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Long getTradeModeId() {
        return tradeModeId;
    }

    public void setTradeModeId(Long tradeModeId) {
        this.tradeModeId = tradeModeId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
