package org.exportlicence.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.statistics.SpecialCommodityStatistics;
import org.exportlicence.statistics.SpecialTotalRow;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/rice-summary.xhtml and coke-summary.xhtml — 大米/焦炭专项统计: licences, quantity, amount
 * (USD) and average unit price by product, exporter and country, with a total line per unit, all summed
 * by the database when 统计 is pressed (the page opens without a result).
 */
@Named
@ViewScoped
public class SpecialSummaryBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private SpecialCommodityStatistics statistics;

    @Inject
    private UserAction actions;

    @Inject
    private LocaleSelection locale;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private SpecialConditions conditions;
    private List<SpecialTotalRow> rows;

    @PostConstruct
    void commodity() {
        conditions = new SpecialConditions(SpecialConditions.commodityOfView(), true);
    }

    /** 统计 under the form's conditions; refused, the previous result is cleared and the form says why. */
    public void compute() {
        rows = actions.result("search", () -> statistics.totals(conditions.filter(currentUser.isEnterprise())));
    }

    /** 导出Excel of the statistics under the form's conditions. */
    public StreamedContent exportXlsx() {
        byte[] xlsx = actions.result(
                "search",
                () -> statistics.totalsXlsx(conditions.filter(currentUser.isEnterprise()), locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text("menu.statistics." + conditions.getKind() + "Summary"), LocalDate.now(), xlsx);
    }

    /** Null before 统计 (nothing shown), empty when nothing met the conditions. */
    public List<SpecialTotalRow> getRows() {
        return rows;
    }

    public SpecialConditions getConditions() {
        return conditions;
    }
}
