package org.exportlicence.batch.statistics;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.jobs.SkippedItems;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.PublicationStep;

/**
 * The job's last step: publishes the figures the run wrote, at once (replacing the month's snapshot when
 * the run asked for it, audited), unless a scope was skipped — then nothing is published (INCOMPLETE: the
 * job fails; a new run publishes the month). Exit statuses as {@link MonthlyPrepare}'s.
 */
@Dependent
@Named("monthlyPublish")
public class MonthlyPublish extends AbstractBatchlet {
    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private MonthlyPublishing publishing;

    @EJB
    private SkippedItems skipped;

    @Override
    public String process() {
        long instance = job.getInstanceId();
        PublicationStep step = publishing.finish(
                instance,
                skipped.of(instance).size(),
                JobParameters.of(job, clock).reason());
        job.setExitStatus(step.exitStatus());
        return step.outcome().name();
    }
}
