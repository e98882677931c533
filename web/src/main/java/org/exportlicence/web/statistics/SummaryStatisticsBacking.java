package org.exportlicence.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.statistics.SummaryFilter;
import org.exportlicence.statistics.SummaryGrouping;
import org.exportlicence.statistics.SummaryRow;
import org.exportlicence.statistics.SummaryStatistics;
import org.exportlicence.statistics.UnitTotal;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/summary.xhtml — 综合统计: licences per 商品大类码, 发证商品 or (officers) enterprise, per
 * unit, under the screen's conditions; a clerk's 发货人代码 is their enterprise's, shown read-only.
 */
@Named
@ViewScoped
public class SummaryStatisticsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "search";

    @EJB
    private SummaryStatistics statistics;

    @Inject
    private UserAction actions;

    @Inject
    private LocaleSelection locale;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private transient Clock clock;

    private Long tradeModeId;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private String consignorCode;
    private String countryCode;
    private String portCode;
    private SummaryGrouping grouping = SummaryGrouping.CATEGORY;
    private String enterpriseCode;
    private List<SummaryRow> rows;
    private SummaryGrouping computed;

    /** 统计: the groups under the conditions as they are now; refused, nothing shown. */
    public void compute() {
        SummaryFilter filter = filter();
        rows = actions.result(FORM, () -> statistics.groups(filter));
        computed = rows == null ? null : filter.grouping();
    }

    /** 导出Excel of the conditions as they are now. */
    public StreamedContent exportXlsx() {
        SummaryFilter filter = filter();
        byte[] xlsx = actions.result(FORM, () -> statistics.xlsx(filter, locale.getLocale()));
        return ReportDownload.xlsx(
                MessageBundle.text(locale.getLocale(), "menu.statistics.summary"), LocalDate.now(clock), xlsx);
    }

    private SummaryFilter filter() {
        return new SummaryFilter(
                tradeModeId,
                appliedFrom,
                appliedTo,
                blankToNull(getConsignorCode()),
                StatisticsChoices.code(countryCode),
                StatisticsChoices.code(portCode),
                grouping,
                currentUser.isEnterprise() ? null : blankToNull(enterpriseCode));
    }

    /** The groupings the user may choose: by enterprise for officers and the administrator only. */
    public List<SummaryGrouping> getGroupings() {
        return Arrays.stream(SummaryGrouping.values())
                .filter(g -> g != SummaryGrouping.ENTERPRISE || !currentUser.isEnterprise())
                .toList();
    }

    public boolean isComputed() {
        return computed != null;
    }

    /** The grouping the shown result was computed with (its column heading). */
    public SummaryGrouping getComputedGrouping() {
        return computed;
    }

    public List<SummaryRow> getRows() {
        return rows == null ? List.of() : rows;
    }

    public List<UnitTotal> getTotals() {
        return UnitTotal.ofGroups(getRows());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getTradeModeId() {
        return tradeModeId;
    }

    public void setTradeModeId(Long tradeModeId) {
        this.tradeModeId = tradeModeId;
    }

    public LocalDate getAppliedFrom() {
        return appliedFrom;
    }

    public void setAppliedFrom(LocalDate appliedFrom) {
        this.appliedFrom = appliedFrom;
    }

    public LocalDate getAppliedTo() {
        return appliedTo;
    }

    public void setAppliedTo(LocalDate appliedTo) {
        this.appliedTo = appliedTo;
    }

    /** A clerk's is always their own enterprise's code. */
    public String getConsignorCode() {
        return currentUser.isEnterprise() ? currentUser.getProfile().organisationCode() : consignorCode;
    }

    public void setConsignorCode(String consignorCode) {
        this.consignorCode = consignorCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getPortCode() {
        return portCode;
    }

    public void setPortCode(String portCode) {
        this.portCode = portCode;
    }

    public SummaryGrouping getGrouping() {
        return grouping;
    }

    public void setGrouping(SummaryGrouping grouping) {
        this.grouping = grouping == null ? SummaryGrouping.CATEGORY : grouping;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }
}
