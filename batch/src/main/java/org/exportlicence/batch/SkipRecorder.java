package org.exportlicence.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.jobs.SkippedItems;

/**
 * Every job's skip listener ({@code <listener ref="skipRecorder"/>}): an item the skip policy sets
 * aside is recorded with the job instance, the step and the exception, so nothing is dropped silently.
 */
@Named("skipRecorder")
@Dependent
public class SkipRecorder implements SkipReadListener, SkipProcessListener, SkipWriteListener {
    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @EJB
    private SkippedItems skipped;

    @Override
    public void onSkipReadItem(Exception e) {
        record(null, e);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        record(item, e);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception e) {
        for (Object item : items) {
            record(item, e);
        }
    }

    private void record(Object item, Exception e) {
        skipped.record(
                job.getJobName(),
                job.getInstanceId(),
                job.getExecutionId(),
                step.getStepName(),
                item == null ? null : String.valueOf(item),
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
