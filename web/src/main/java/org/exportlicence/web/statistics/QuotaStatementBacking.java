package org.exportlicence.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.statistics.QuotaStatement;
import org.exportlicence.statistics.QuotaStatementFilter;
import org.exportlicence.statistics.QuotaStatementRow;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/quota.xhtml — 配额查询: the caller's quotas by year, 商品大类 and 配额文号 (an officer's also by
 * enterprise) with total, used, unused and the licences issued against each; 导出Excel and 打印.
 */
@Named
@ViewScoped
public class QuotaStatementBacking extends ListBacking<QuotaStatementRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaStatement statement;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private transient Clock clock;

    private Integer year;
    private String categoryCode;
    private String documentNo;
    private String enterpriseCode;
    private QuotaStatementFilter applied = QuotaStatementFilter.none();
    private List<Integer> years;

    @Override
    protected ResultPage<QuotaStatementRow> rows(PageRequest page) {
        return statement.list(applied, page);
    }

    @Override
    protected String rowKey(QuotaStatementRow row) {
        return String.valueOf(row.quotaId());
    }

    /** 查询: the form's conditions from the first page on. */
    @Override
    public void search() {
        applied = new QuotaStatementFilter(year, categoryCode, documentNo, enterpriseCode);
        super.search();
    }

    /** 导出Excel: the whole statement under the conditions of the table. */
    public StreamedContent exportXlsx() {
        byte[] xlsx = actions.result(null, () -> statement.xlsx(applied, locale.getLocale()));
        return ReportDownload.xlsx(messages.text("menu.statistics.quota"), LocalDate.now(clock), xlsx);
    }

    public int getExportMax() {
        return QuotaStatement.EXPORT_MAX;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = catalogue.catalogueYears();
        }
        return years;
    }

    /** The 商品大类 of the newest catalogue year (codes stay the same from year to year). */
    public List<CommodityCategory> getCategories() {
        List<Integer> all = getYears();
        return all.isEmpty() ? List.of() : catalogue.categories(year == null ? all.get(0) : year);
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

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }
}
