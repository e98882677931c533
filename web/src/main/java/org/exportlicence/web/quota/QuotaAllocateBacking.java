package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaAllocation;
import org.exportlicence.quota.QuotaChoices;
import org.exportlicence.quota.QuotaCommands;
import org.exportlicence.quota.QuotaQueries;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.UserAction;

/**
 * quota/allocate.xhtml — 分配配额: one allocation; every refused input is shown at its field and nothing
 * is saved. Done, the new quota's page opens. An officer allocates for their own authority (shown, not
 * chosen); the administrator chooses the authority.
 */
@Named
@ViewScoped
public class QuotaAllocateBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaCommands commands;

    @EJB
    private QuotaQueries queries;

    @Inject
    private UserAction actions;

    @Inject
    private CurrentUser user;

    private QuotaChoices choices;
    private String enterpriseCode;
    private Integer year;
    private String categoryCode;
    private String documentNo;
    private BigDecimal quantity;
    private String unitCode = "035";
    private String tradeModeCode;
    private String countryCode;
    private String authorityCode;

    public String allocate() {
        QuotaAllocation allocation = new QuotaAllocation(
                enterpriseCode,
                year,
                categoryCode,
                documentNo,
                quantity,
                unitCode,
                tradeModeCode,
                countryCode,
                user.isAdmin() ? authorityCode : null);
        Quota quota = actions.result("allocation", () -> commands.allocate(allocation));
        if (quota == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        actions.run(null, () -> {}, "quota.allocated", quota.getDocumentNo());
        return "/quota/view?faces-redirect=true&id=" + quota.getId();
    }

    public QuotaChoices getChoices() {
        if (choices == null) {
            choices = queries.choices();
            year = choices.years().isEmpty() ? null : choices.years().get(0);
        }
        return choices;
    }

    public List<CommodityCategory> getCategories() {
        return getChoices().categoriesOf(year);
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTradeModeCode() {
        return tradeModeCode;
    }

    public void setTradeModeCode(String tradeModeCode) {
        this.tradeModeCode = tradeModeCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }
}
