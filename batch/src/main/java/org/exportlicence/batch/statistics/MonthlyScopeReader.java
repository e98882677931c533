package org.exportlicence.batch.statistics;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.ScopeKind;

/**
 * Reads the codes of the scopes to publish (property {@code kind}: AUTHORITY or ENTERPRISE) — those with
 * licences issued in the year up to the month's end — in code order, a page at a time; the checkpoint is
 * the last code handed out, so a restart reads on after the last committed chunk.
 */
@Dependent
@Named("monthlyScopeReader")
public class MonthlyScopeReader extends AbstractItemReader {
    private static final int PAGE = 500;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String kind;

    @EJB
    private MonthlyPublishing publishing;

    private final Deque<String> page = new ArrayDeque<>();
    private String last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? "" : (String) checkpoint;
        page.clear(); // opened again when a chunk is retried: read on from the checkpoint
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(publishing.scopes(job.getInstanceId(), ScopeKind.valueOf(kind), last, PAGE));
            exhausted = page.size() < PAGE;
        }
        String code = page.poll();
        if (code != null) {
            last = code;
        }
        return code;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
