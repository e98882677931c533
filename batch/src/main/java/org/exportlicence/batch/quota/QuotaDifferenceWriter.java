package org.exportlicence.batch.quota;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.quota.QuotaCheck;
import org.exportlicence.quota.QuotaReconciliation;

/**
 * Writes a chunk's differences (and the run's count of quotas checked) in the chunk's transaction, with
 * the checkpoint; the exit status counts the run's differences, restarts included.
 */
@Dependent
@Named("quotaDifferenceWriter")
public class QuotaDifferenceWriter extends AbstractItemWriter {
    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    @EJB
    private QuotaReconciliation reconciliation;

    private int year;
    private long differences;

    @Override
    public void open(Serializable checkpoint) {
        year = JobParameters.of(job, clock).year();
        differences = checkpoint == null ? 0L : (Long) checkpoint;
        exit();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<QuotaCheck> checked = items.stream().map(QuotaCheck.class::cast).toList();
        differences = reconciliation.record(job.getInstanceId(), year, checked);
        exit();
    }

    private void exit() {
        step.setExitStatus("DIFFERENCES " + differences);
        job.setExitStatus("DIFFERENCES " + differences);
    }

    @Override
    public Serializable checkpointInfo() {
        return differences;
    }
}
