package org.exportlicence.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.statistics.MonthRow;
import org.exportlicence.statistics.MonthlyFilter;
import org.exportlicence.statistics.MonthlyReport;
import org.exportlicence.statistics.MonthlyStatistics;
import org.exportlicence.statistics.UnitTotal;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/monthly.xhtml — 统计月报: the licences issued per month of a year, per unit, with the
 * year's cumulative figures and a bar chart of the months; as .xlsx, or printed. Months the
 * monthly-report job published are marked 已发布 with their publication time and show the snapshot.
 */
@Named
@ViewScoped
public class MonthlyStatisticsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "search";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private MonthlyStatistics statistics;

    @Inject
    private UserAction actions;

    @Inject
    private LocaleSelection locale;

    @Inject
    private transient Clock clock;

    private Integer year;
    private String authorityCode;
    private Long tradeModeId;
    private String countryCode;
    private String enterpriseCode;
    private MonthlyReport report;
    private MonthlyFilter computed;

    /** 统计: the result of the conditions as they are now; refused, nothing shown. */
    public void compute() {
        MonthlyFilter filter = filter();
        report = actions.result(FORM, () -> statistics.report(filter));
        computed = report == null ? null : filter;
    }

    /** 导出Excel of the conditions as they are now. */
    public StreamedContent exportXlsx() {
        MonthlyFilter filter = filter();
        byte[] xlsx = actions.result(FORM, () -> statistics.xlsx(filter, locale.getLocale()));
        return ReportDownload.xlsx(
                MessageBundle.text(locale.getLocale(), "menu.statistics.monthly"), LocalDate.now(clock), xlsx);
    }

    private MonthlyFilter filter() {
        return new MonthlyFilter(
                year == null ? LocalDate.now(clock).getYear() : year,
                blankToNull(authorityCode),
                tradeModeId,
                StatisticsChoices.code(countryCode),
                blankToNull(enterpriseCode));
    }

    public boolean isComputed() {
        return computed != null;
    }

    public List<MonthRow> getRows() {
        return report == null ? List.of() : report.rows();
    }

    /** The year's published months, as a line: "11月（2026-12-01 03:00）、12月（…）"; empty when none. */
    public String getPublishedMonths() {
        if (report == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (MonthlyReport.Publication p : report.publications()) {
            text.append(text.length() == 0 ? "" : MessageBundle.text(locale.getLocale(), "batch.monthly.separator"))
                    .append(MessageBundle.text(
                            locale.getLocale(), "batch.monthly.publishedMonth", p.month(), minute(p.publishedAt())));
        }
        return text.toString();
    }

    /** Why every month was computed live (the conditions, the clerk's data scope): a message key, or null. */
    public String getLiveReason() {
        return report == null ? null : report.liveReasonKey();
    }

    /** 已发布 with the time of publication for a month shown from its snapshot; empty for a live month. */
    public String published(int month) {
        LocalDateTime at = report == null ? null : report.publishedAt(month);
        return at == null ? "" : MessageBundle.text(locale.getLocale(), "batch.monthly.publishedOn", minute(at));
    }

    private static String minute(LocalDateTime at) {
        return at == null ? "" : at.format(MINUTE);
    }

    public List<UnitTotal> getTotals() {
        return UnitTotal.ofMonths(getRows());
    }

    /** The bar chart (Chart.js configuration for p:chart): licences issued in each month of the year. */
    public String getChart() {
        long[] perMonth = new long[12];
        getRows().forEach(r -> perMonth[r.month() - 1] += r.licences());
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            labels.append(m == 1 ? "" : ",").append('"').append(m).append('"');
            data.append(m == 1 ? "" : ",").append(perMonth[m - 1]);
        }
        String label = MessageBundle.text(locale.getLocale(), "statistics.monthly.chart")
                .replace("\\", "")
                .replace("\"", "");
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\"" + label
                + "\",\"data\":[" + data + "],\"backgroundColor\":\"#2f6fb1\"}]},"
                + "\"options\":{\"responsive\":true,\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Integer getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
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

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }
}
