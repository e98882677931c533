package org.exportlicence.batch.statistics;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.PublicationStep;

/**
 * The job's first step: prepares the month's publication for this run, or ends the job with why not —
 * NOT_CLOSED (the current or a future month: the job fails) or ALREADY_PUBLISHED (nothing changes). The
 * step's exit status is the outcome (the job XML's transitions), the job's says it in full.
 */
@Dependent
@Named("monthlyPrepare")
public class MonthlyPrepare extends AbstractBatchlet {
    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private MonthlyPublishing publishing;

    @Override
    public String process() {
        JobParameters parameters = JobParameters.of(job, clock);
        PublicationStep step = publishing.prepare(
                parameters.month(), parameters.replace(), job.getInstanceId(), parameters.startedBy());
        job.setExitStatus(step.exitStatus());
        return step.outcome().name();
    }
}
