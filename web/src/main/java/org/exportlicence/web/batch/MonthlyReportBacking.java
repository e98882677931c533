package org.exportlicence.web.batch;

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
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.statistics.MonthlyPublication;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.SnapshotLine;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.QueryLazyModel;
import org.exportlicence.web.statistics.ReportDownload;
import org.primefaces.model.StreamedContent;

/**
 * batch/monthly-report.xhtml?instance=N — the monthly-report job's report of one run (job instance): the
 * month and what became of its publication (published, replaced, or none), the snapshot's lines a page at
 * a time, and the same as an .xlsx.
 */
@Named
@ViewScoped
public class MonthlyReportBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private MonthlyPublishing publishing;

    @Inject
    private LocaleSelection locale;

    @Inject
    private transient Clock clock;

    private Long instance;
    private MonthlyPublication publication;
    private final QueryLazyModel<SnapshotLine> lines = new QueryLazyModel<>(this::page, MonthlyReportBacking::key);

    /** Reads the run's publication (none when the run refused the month or found it published). */
    public void load() {
        publication = instance == null ? null : publishing.ofInstance(instance).orElse(null);
    }

    private ResultPage<SnapshotLine> page(PageRequest request) {
        if (publication == null) {
            return new ResultPage<>(List.of(), 0);
        }
        long total = publishing.countLines(publication.getId());
        return request.isCountOnly()
                ? new ResultPage<>(List.of(), total)
                : new ResultPage<>(publishing.lines(publication.getId(), request.first(), request.size()), total);
    }

    private static String key(SnapshotLine l) {
        return l.scopeKind() + "/" + l.scopeCode() + "/" + l.authorityCode() + "/" + l.unitCode();
    }

    /** 导出Excel: the run's report. */
    public StreamedContent exportXlsx() {
        if (instance == null) {
            return null;
        }
        return ReportDownload.xlsx(
                MessageBundle.text(locale.getLocale(), "batch.monthly.title"),
                LocalDate.now(clock),
                publishing.xlsx(instance, locale.getLocale()));
    }

    /** A time as the page shows it (to the second); empty for none. */
    public String time(LocalDateTime at) {
        return at == null ? "" : at.format(SECOND);
    }

    public Long getInstance() {
        return instance;
    }

    public void setInstance(Long instance) {
        this.instance = instance;
    }

    public MonthlyPublication getPublication() {
        return publication;
    }

    public QueryLazyModel<SnapshotLine> getLines() {
        return lines;
    }
}
