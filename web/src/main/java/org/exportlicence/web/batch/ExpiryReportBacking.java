package org.exportlicence.web.batch;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.batch.JobControl;
import org.exportlicence.batch.Jobs;
import org.exportlicence.licence.ExpiredLicence;
import org.exportlicence.licence.LicenceExpiry;
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
 * batch/expiry.xhtml?instance= — the licence-expiry job's report of one run (job instance): the
 * licences it marked 已过期, by licence number, a page at a time, and the same as .xlsx.
 */
@Named
@ViewScoped
public class ExpiryReportBacking extends ListBacking<ExpiredLicence> {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceExpiry expiry;

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

    public void load() {
        loadError = actions.loadError(() -> {
            instance = PageParameters.id(instanceParameter);
            if (instance == null) {
                throw new BusinessException("error.notFound");
            }
            total = expiry.countExpiredBy(instance);
        });
        if (loadError != null) {
            instance = null;
        }
    }

    @Override
    protected ResultPage<ExpiredLicence> rows(PageRequest page) {
        if (instance == null) {
            return new ResultPage<>(List.of(), 0);
        }
        total = expiry.countExpiredBy(instance);
        return new ResultPage<>(
                page.isCountOnly() ? List.of() : expiry.expiredBy(instance, page.first(), page.size()), total);
    }

    @Override
    protected String rowKey(ExpiredLicence row) {
        return String.valueOf(row.getLicenceId());
    }

    /** 下载报告: the whole run's report as .xlsx. */
    public StreamedContent download() {
        byte[] xlsx = actions.result(null, () -> control.xlsx(Jobs.LICENCE_EXPIRY, instance, locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text("batch.jobs.job." + Jobs.LICENCE_EXPIRY) + "-" + instance, LocalDate.now(clock), xlsx);
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
