package org.exportlicence.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.statistics.SpecialCommodityStatistics;
import org.exportlicence.statistics.SpecialLicenceRow;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/rice-query.xhtml and coke-query.xhtml — 大米/焦炭专项查询: the licences of the page's
 * commodity, a page at a time from the database; 导出Excel writes the list as filtered (its first
 * {@link SpecialCommodityStatistics#EXPORT_MAX} licences). Conditions a service refuses show on the form
 * and leave the table empty until they are corrected.
 */
@Named
@ViewScoped
public class SpecialQueryBacking extends ListBacking<SpecialLicenceRow> {
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
    private boolean refused;

    @PostConstruct
    void commodity() {
        conditions = new SpecialConditions(SpecialConditions.commodityOfView(), false);
    }

    @Override
    protected ResultPage<SpecialLicenceRow> rows(PageRequest page) {
        return refused ? new ResultPage<>(List.of(), 0) : statistics.licences(filter(), page);
    }

    @Override
    protected String rowKey(SpecialLicenceRow row) {
        return String.valueOf(row.licenceId());
    }

    /** 查询: the conditions are checked first; refused, the table stays empty and the form says why. */
    @Override
    public void search() {
        refused = !actions.run("search", () -> statistics.licences(filter(), PageRequest.countOnly()));
        super.search();
    }

    /** 导出Excel of the list as filtered now. */
    public StreamedContent exportXlsx() {
        byte[] xlsx = actions.result("search", () -> statistics.licencesXlsx(filter(), locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text("menu.statistics." + conditions.getKind() + "Query"), LocalDate.now(), xlsx);
    }

    public int getExportMax() {
        return SpecialCommodityStatistics.EXPORT_MAX;
    }

    public SpecialConditions getConditions() {
        return conditions;
    }

    private org.exportlicence.statistics.SpecialFilter filter() {
        return conditions.filter(currentUser.isEnterprise());
    }
}
