package org.exportlicence.web.batch;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.batch.Jobs;
import org.exportlicence.quota.QuotaDifference;
import org.exportlicence.quota.QuotaDifferenceLicence;
import org.exportlicence.quota.QuotaDifferences;
import org.exportlicence.quota.QuotaReconciliationRun;
import org.exportlicence.web.platform.ReasonDialog;

/**
 * batch/reconciliation.xhtml?instance= — the quota-reconciliation job's report of one run: its
 * differences a page at a time, each with the licences involved, and (administrators) 更正 or 标记已说明
 * with a reason in the dialog; the same report as .xlsx.
 */
@Named
@ViewScoped
public class ReconciliationBacking extends RunReportBacking<QuotaDifference> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaDifferences differences;

    private QuotaReconciliationRun run;

    private Long settlingId;
    private Integer settlingVersion;
    private String settlingDocumentNo;
    private boolean correcting;
    private String reason;

    @Override
    protected String job() {
        return Jobs.QUOTA_RECONCILIATION;
    }

    @Override
    protected long count(long jobInstanceId) {
        return differences.count(jobInstanceId);
    }

    @Override
    protected List<QuotaDifference> rowsOf(long jobInstanceId, int first, int size) {
        return differences.of(jobInstanceId, first, size);
    }

    @Override
    protected void loaded(long jobInstanceId) {
        run = differences.run(jobInstanceId).orElse(null);
    }

    @Override
    protected String rowKey(QuotaDifference row) {
        return String.valueOf(row.getId());
    }

    /** The licences involved in a difference (the row's expansion). */
    public List<QuotaDifferenceLicence> licences(QuotaDifference row) {
        return actions().result(null, () -> differences.licences(row.getId()));
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
        boolean done = actions()
                .run(
                        ReasonDialog.FORM,
                        () -> settled[0] = correcting
                                ? differences.correct(id, settlingVersion, reason)
                                : differences.explain(id, settlingVersion, reason),
                        ReasonDialog::refused);
        if (done) {
            messages()
                    .info(
                            correcting ? "batch.reconciliation.corrected" : "batch.reconciliation.explained",
                            settlingDocumentNo,
                            settled[0].getComputedUsed().stripTrailingZeros().toPlainString());
            settlingId = null;
            reason = null;
        }
    }

    public QuotaReconciliationRun getRun() {
        return run;
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
