package org.exportlicence.web.statistics;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import org.exportlicence.statistics.SpecialCommodity;
import org.exportlicence.statistics.SpecialFilter;

/**
 * The search form of a 大米/焦炭专项 page. The commodity comes from the page's own address
 * (/statistics/rice-* or /statistics/coke-*), never from a request parameter, so no request can turn a
 * rice page into another commodity's; a condition the page does not show (配额年度 on rice's pages,
 * 品名 on 大米专项查询) never reaches the filter. A clerk's 出口商代码 is not read from the form: the
 * service keeps a clerk to their own enterprise, and the page shows that code read-only.
 */
public class SpecialConditions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SpecialCommodity commodity;
    private final boolean summary;
    private String contractNo;
    private Integer quotaYear;
    private String countryCode;
    private String productName;
    private String exporterCode;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;

    SpecialConditions(SpecialCommodity commodity, boolean summary) {
        this.commodity = commodity;
        this.summary = summary;
    }

    /** The commodity of the page being rendered, from its view id. */
    static SpecialCommodity commodityOfView() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (view.startsWith("/statistics/rice-")) {
            return SpecialCommodity.RICE;
        }
        if (view.startsWith("/statistics/coke-")) {
            return SpecialCommodity.COKE;
        }
        throw new IllegalStateException("Not a 专项 page: " + view);
    }

    SpecialFilter filter(boolean clerk) {
        return new SpecialFilter(
                commodity,
                contractNo,
                isQuotaYearShown() ? quotaYear : null,
                countryCode,
                isProductNameShown() ? productName : null,
                clerk ? null : exporterCode,
                issuedFrom,
                issuedTo);
    }

    public SpecialCommodity getCommodity() {
        return commodity;
    }

    /** Lower-case commodity name, for the pages' message keys (statistics.special.commodity.rice). */
    public String getKind() {
        return commodity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** 配额年度: a condition of 焦炭's pages. */
    public boolean isQuotaYearShown() {
        return commodity == SpecialCommodity.COKE;
    }

    /** 品名（规格等级）: a condition of 焦炭's pages and of 大米专项统计. */
    public boolean isProductNameShown() {
        return commodity == SpecialCommodity.COKE || summary;
    }

    public String getContractNo() {
        return contractNo;
    }

    public void setContractNo(String contractNo) {
        this.contractNo = contractNo;
    }

    public Integer getQuotaYear() {
        return quotaYear;
    }

    public void setQuotaYear(Integer quotaYear) {
        this.quotaYear = quotaYear;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getExporterCode() {
        return exporterCode;
    }

    public void setExporterCode(String exporterCode) {
        this.exporterCode = exporterCode;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }
}
