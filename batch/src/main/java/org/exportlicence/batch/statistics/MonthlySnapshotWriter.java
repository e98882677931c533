package org.exportlicence.batch.statistics;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.ScopeKind;

/**
 * Writes a chunk of scopes' figures (property {@code kind}) to the run's publication in the chunk's
 * transaction — one grouped query for the month and one for the year so far, for the whole chunk — so
 * the lines commit with the checkpoint. The step's exit status counts scopes and lines.
 */
@Dependent
@Named("monthlySnapshotWriter")
public class MonthlySnapshotWriter extends AbstractItemWriter {
    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty
    private String kind;

    @EJB
    private MonthlyPublishing publishing;

    private long scopes;
    private long lines;

    @Override
    public void open(Serializable checkpoint) {
        long[] counts = checkpoint == null ? new long[2] : (long[]) checkpoint;
        scopes = counts[0];
        lines = counts[1];
    }

    @Override
    public void writeItems(List<Object> items) {
        List<String> codes = items.stream().map(String.class::cast).toList();
        lines += publishing.snapshot(job.getInstanceId(), ScopeKind.valueOf(kind), codes);
        scopes += codes.size();
        step.setExitStatus(kind + " " + scopes + " scopes, " + lines + " lines");
    }

    @Override
    public Serializable checkpointInfo() {
        return new long[] {scopes, lines};
    }
}
