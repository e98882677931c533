package org.exportlicence.batch.quota;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.quota.QuotaPage;
import org.exportlicence.quota.QuotaReconciliation;

/**
 * Reads the year's quotas in id order a page ({@code chunk} quotas) at a time, each page checked by the
 * database, which hands back only the quotas that differ: the page is the item and the chunk, so the
 * step's read count counts pages. The checkpoint is the last quota id read, so a restart reads on after
 * the last committed page and its read count shows only what was left.
 */
@Dependent
@Named("quotaReader")
public class QuotaReader extends AbstractItemReader {
    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private QuotaReconciliation reconciliation;

    private int year;
    private int pageSize;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        JobParameters parameters = JobParameters.of(job, clock);
        year = parameters.year();
        pageSize = parameters.chunk();
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        QuotaPage page = reconciliation.page(year, lastId, pageSize);
        if (page != null) {
            lastId = page.lastId();
        }
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
