package org.exportlicence.batch.quota;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.exportlicence.batch.CountingWriter;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.quota.QuotaPage;
import org.exportlicence.quota.QuotaReconciliation;

/**
 * Writes a chunk's pages — their differences with the licences involved, and the run's count of quotas
 * checked — in the chunk's transaction, with the checkpoint; the exit status counts the run's
 * differences, restarts included, from the start.
 */
@Dependent
@Named("quotaDifferenceWriter")
public class QuotaDifferenceWriter extends CountingWriter {
    @Inject
    private Clock clock;

    @EJB
    private QuotaReconciliation reconciliation;

    private int year;

    public QuotaDifferenceWriter() {
        super("DIFFERENCES");
    }

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        year = JobParameters.of(job(), clock).year();
        showCount(); // a year without quotas still says DIFFERENCES 0
    }

    @Override
    protected long write(List<Object> items, long before) {
        long count = before;
        for (Object page : items) {
            count = reconciliation.record(job().getInstanceId(), year, (QuotaPage) page);
        }
        return count;
    }
}
