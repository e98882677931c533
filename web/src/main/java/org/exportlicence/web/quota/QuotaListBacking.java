package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.quota.QuotaChoices;
import org.exportlicence.quota.QuotaExport;
import org.exportlicence.quota.QuotaFilter;
import org.exportlicence.quota.QuotaQueries;
import org.exportlicence.quota.QuotaRow;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * quota/list.xhtml — 配额管理: the quotas of the officer's authority (all, for the administrator) with
 * total, used, unused and licences, filtered by year, category, enterprise and document number; the
 * filtered list as .xlsx (its first rows, see {@link QuotaQueries#EXPORT_MAX}).
 */
@Named
@ViewScoped
public class QuotaListBacking extends ListBacking<QuotaRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaQueries quotas;

    @EJB
    private QuotaExport export;

    @Inject
    private UserAction actions;

    @Inject
    private LocaleSelection locale;

    private QuotaChoices choices;
    private Integer year;
    private String categoryCode;
    private String enterprise;
    private String documentNo;

    @Override
    protected ResultPage<QuotaRow> rows(PageRequest page) {
        return quotas.list(filter(), page);
    }

    @Override
    protected String rowKey(QuotaRow row) {
        return String.valueOf(row.getId());
    }

    private QuotaFilter filter() {
        return new QuotaFilter(year, categoryCode, enterprise, documentNo);
    }

    /** 导出 xlsx of the list as filtered now. */
    public StreamedContent exportXlsx() {
        byte[] xlsx = actions.result(null, () -> export.xlsx(filter(), locale.getLocale()));
        if (xlsx == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("quotas.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx))
                .build();
    }

    public int getExportMax() {
        return QuotaQueries.EXPORT_MAX;
    }

    private QuotaChoices choices() {
        if (choices == null) {
            choices = quotas.choices();
        }
        return choices;
    }

    public List<Integer> getYears() {
        return choices().years();
    }

    /** The quota-managed categories of the chosen year (of every year when none is chosen). */
    public List<CommodityCategory> getCategories() {
        return year == null ? choices().categories() : choices().categoriesOf(year);
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

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }
}
