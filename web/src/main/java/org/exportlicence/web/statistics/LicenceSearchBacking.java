package org.exportlicence.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.statistics.LicenceSearch;
import org.exportlicence.statistics.SearchFilter;
import org.exportlicence.statistics.SearchRow;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.StreamedContent;

/**
 * statistics/query.xhtml — 综合查询: the caller's applications and their licences by the search form's
 * conditions, paged and sorted by the database; the application and licence numbers open them. 查询
 * with a range that ends before it starts is refused beside the input and the table keeps the conditions
 * it had; 导出Excel writes the whole result under the conditions the table shows.
 */
@Named
@ViewScoped
public class LicenceSearchBacking extends ListBacking<SearchRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceSearch search;

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

    private final SearchConditions form = new SearchConditions();
    private SearchFilter applied = SearchFilter.none();
    private List<Integer> years;
    private List<TradeMode> tradeModes;

    @Override
    protected ResultPage<SearchRow> rows(PageRequest page) {
        return search.list(applied, page);
    }

    @Override
    protected String rowKey(SearchRow row) {
        return String.valueOf(row.applicationId());
    }

    /** 查询: the form's conditions, once the service has accepted them (it counts without reading rows). */
    @Override
    public void search() {
        SearchFilter asked = form.filter();
        if (actions.run("search", () -> search.list(asked, PageRequest.countOnly()))) {
            applied = asked;
            super.search();
        }
    }

    /** 导出Excel: the whole result under the conditions of the table. */
    public StreamedContent exportXlsx() {
        byte[] xlsx = actions.result(null, () -> search.xlsx(applied, locale.getLocale()));
        return ReportDownload.xlsx(messages.text("menu.statistics.query"), LocalDate.now(clock), xlsx);
    }

    public int getExportMax() {
        return LicenceSearch.EXPORT_MAX;
    }

    public SearchConditions getForm() {
        return form;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = catalogue.catalogueYears();
        }
        return years;
    }

    /** The states an application can be found in (a deleted one is in no list). */
    public List<ApplicationStatus> getStatuses() {
        return Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DELETED)
                .toList();
    }

    /** The licence's trade modes, as the application form offers them. */
    public List<TradeMode> getTradeModes() {
        if (tradeModes == null) {
            List<TradeMode> all = new ArrayList<>();
            ResultPage<TradeMode> page;
            do {
                page = catalogue.list(TradeMode.class, PageRequest.of(all.size(), PageRequest.MAX_SIZE));
                all.addAll(page.rows());
            } while (!page.rows().isEmpty() && all.size() < page.total());
            tradeModes = all.stream()
                    .filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                    .toList();
        }
        return tradeModes;
    }
}
