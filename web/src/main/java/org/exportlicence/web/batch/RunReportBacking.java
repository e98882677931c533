package org.exportlicence.web.batch;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.batch.JobControl;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.UserAction;
import org.exportlicence.web.statistics.ReportDownload;
import org.primefaces.model.StreamedContent;

/**
 * A job's report of one run (job instance), opened with {@code ?instance=}: its rows a page at a time,
 * their count, and the whole report as .xlsx (下载报告). Each job's page says which job and reads its rows.
 */
public abstract class RunReportBacking<T> extends ListBacking<T> {
    private static final long serialVersionUID = 1L;

    @EJB
    private JobControl control;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private transient Clock clock;

    private String instanceParameter;
    private Long instance;
    private long total;
    private String loadError;

    /** The job whose report this is (one of {@code Jobs}). */
    protected abstract String job();

    protected abstract long count(long jobInstanceId);

    protected abstract List<T> rowsOf(long jobInstanceId, int first, int size);

    /** Reads what the page shows of the run beside its rows; nothing by default. */
    protected void loaded(long jobInstanceId) {}

    public void load() {
        loadError = actions.loadError(() -> {
            instance = PageParameters.id(instanceParameter);
            if (instance == null) {
                throw new BusinessException("error.notFound");
            }
            total = count(instance);
            loaded(instance);
        });
        if (loadError != null) {
            instance = null;
        }
    }

    @Override
    protected ResultPage<T> rows(PageRequest page) {
        if (instance == null) {
            return new ResultPage<>(List.of(), 0);
        }
        total = count(instance);
        return new ResultPage<>(page.isCountOnly() ? List.of() : rowsOf(instance, page.first(), page.size()), total);
    }

    /** 下载报告: the whole run's report as .xlsx. */
    public StreamedContent download() {
        byte[] xlsx = actions.result(null, () -> control.xlsx(job(), instance, locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text("batch.jobs.job." + job()) + "-" + instance, LocalDate.now(clock), xlsx);
    }

    protected UserAction actions() {
        return actions;
    }

    protected Messages messages() {
        return messages;
    }

    public String getInstanceParameter() {
        return instanceParameter;
    }

    public void setInstanceParameter(String instanceParameter) {
        this.instanceParameter = instanceParameter;
    }

    public Long getInstance() {
        return instance;
    }

    public long getTotal() {
        return total;
    }

    public String getLoadError() {
        return loadError;
    }
}
