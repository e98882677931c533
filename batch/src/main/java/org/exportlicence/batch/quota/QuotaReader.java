package org.exportlicence.batch.quota;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.quota.QuotaCheck;
import org.exportlicence.quota.QuotaReconciliation;

/**
 * Reads the year's quotas in id order, a chunk's worth at a time, each with what its licences use (one
 * grouped statement per page). The checkpoint is the last quota id handed out, so a restart reads on
 * after the last committed chunk and the step's read count shows only what was left.
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

    private final Deque<QuotaCheck> page = new ArrayDeque<>();
    private int year;
    private int pageSize;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        JobParameters parameters = JobParameters.of(job, clock);
        year = parameters.year();
        pageSize = parameters.chunk();
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        page.clear(); // opened again when a chunk is retried: read on from the checkpoint
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = reconciliation.quotaIds(year, lastId, pageSize);
            exhausted = ids.size() < pageSize;
            if (!ids.isEmpty()) {
                page.addAll(reconciliation.check(year, ids.get(0), ids.get(ids.size() - 1)));
            }
        }
        QuotaCheck check = page.poll();
        if (check != null) {
            lastId = check.quotaId();
        }
        return check;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
