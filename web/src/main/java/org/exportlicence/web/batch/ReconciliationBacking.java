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
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.quota.QuotaDifference;
import org.exportlicence.quota.QuotaDifferenceLicence;
import org.exportlicence.quota.QuotaDifferences;
import org.exportlicence.quota.QuotaReconciliationRun;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;
import org.exportlicence.web.statistics.ReportDownload;
import org.primefaces.model.StreamedContent;

/**
 * batch/reconciliation.xhtml?instance= — the quota-reconciliation job's report of one run: its
 * differences a page at a time, each with the licences involved, and (administrators) 更正 or 标记已说明
 * with a reason in the dialog; the same report as .xlsx.
 */
@Named
@ViewScoped
public class ReconciliationBacking extends ListBacking<QuotaDifference> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaDifferences differences;

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
    private QuotaReconciliationRun run;
    private long total;
    private String loadError;

    private Long settlingId;
    private Integer settlingVersion;
    private String settlingDocumentNo;
    private boolean correcting;
    private String reason;

    public void load() {
        loadError = actions.loadError(() -> {
            instance = PageParameters.id(instanceParameter);
            if (instance == null) {
                throw new BusinessException("error.notFound");
            }
            run = differences.run(instance).orElse(null);
            total = differences.count(instance);
        });
        if (loadError != null) {
            instance = null;
        }
    }

    @Override
    protected ResultPage<QuotaDifference> rows(PageRequest page) {
        if (instance == null) {
            return new ResultPage<>(List.of(), 0);
        }
        total = differences.count(instance);
        return new ResultPage<>(
                page.isCountOnly() ? List.of() : differences.of(instance, page.first(), page.size()), total);
    }

    @Override
    protected String rowKey(QuotaDifference row) {
        return String.valueOf(row.getId());
    }

    /** The licences involved in a difference (the row's expansion). */
    public List<QuotaDifferenceLicence> licences(QuotaDifference row) {
        return actions.result(null, () -> differences.licences(row.getId()));
    }

    /** 更正 or 标记已说明: the dialog opens for this difference. */
    public void prepare(QuotaDifference row, boolean correct) {
        settlingId = row.getId();
        settlingVersion = row.getVersion();
        settlingDocumentNo = row.getDocumentNo();
        correcting = correct;
        reason = null;
    }

    /** The dialog's 确定; a refusal about the reason keeps it open. */
    public void settle() {
        if (settlingId == null) {
            return;
        }
        Long id = settlingId;
        QuotaDifference[] settled = new QuotaDifference[1];
        boolean done = actions.run(
                ReasonDialog.FORM,
                () -> settled[0] = correcting
                        ? differences.correct(id, settlingVersion, reason)
                        : differences.explain(id, settlingVersion, reason),
                ReasonDialog::refused);
        if (done) {
            messages.info(
                    correcting ? "batch.reconciliation.corrected" : "batch.reconciliation.explained",
                    settlingDocumentNo,
                    settled[0].getComputedUsed().stripTrailingZeros().toPlainString());
            settlingId = null;
            reason = null;
        }
    }

    /** 下载报告: the whole run's report as .xlsx. */
    public StreamedContent download() {
        byte[] xlsx = actions.result(null, () -> control.xlsx(Jobs.QUOTA_RECONCILIATION, instance, locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text("batch.jobs.job." + Jobs.QUOTA_RECONCILIATION) + "-" + instance,
                LocalDate.now(clock),
                xlsx);
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

    public QuotaReconciliationRun getRun() {
        return run;
    }

    public long getTotal() {
        return total;
    }

    public String getLoadError() {
        return loadError;
    }

    public boolean isCorrecting() {
        return correcting;
    }

    public String getSettlingDocumentNo() {
        return settlingDocumentNo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
