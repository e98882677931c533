package org.exportlicence.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * A chunk writer that counts what its run did (restarts included: the count is its checkpoint) and shows
 * the count as the step's and the job's exit status, {@code "LABEL n"} — what 批处理作业 and the
 * benchmark read.
 */
public abstract class CountingWriter extends AbstractItemWriter {
    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private final String label;
    private long count;

    protected CountingWriter(String label) {
        this.label = label;
    }

    /** Writes a chunk in the chunk's transaction; returns the run's count after it, given the count before. */
    protected abstract long write(List<Object> items, long before);

    @Override
    public void open(Serializable checkpoint) {
        count = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public void writeItems(List<Object> items) {
        count = write(items, count);
        showCount();
    }

    /** The count as the step's and the job's exit status. */
    protected void showCount() {
        step.setExitStatus(label + " " + count);
        job.setExitStatus(label + " " + count);
    }

    protected JobContext job() {
        return job;
    }

    @Override
    public Serializable checkpointInfo() {
        return count;
    }
}
