package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.util.Properties;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/**
 * Starts, restarts and stops jobs as the principal batch-jobs (role BATCH): the batch runtime runs a
 * job with the identity that started it, so the jobs' steps may call the services that only the
 * jobs may call, and the audit trail names batch-jobs as who expired a licence. The scheduler calls
 * it directly, operators through {@code JobControl}.
 *
 * <p>It is also the one bean that reads the job repository: Payara's batch runtime tags a job
 * instance with the component that started it (an EJB of an ejb-jar is a component of its own) and
 * shows the instance's executions to that component only, so the reads must come from here too.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
public class BatchOperations {

    public long start(String job, Properties parameters) {
        if (!Jobs.ALL.contains(job)) {
            throw new IllegalArgumentException("No such job: " + job);
        }
        return operator().start(job, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** A page of the job's runs, newest first (see {@link JobRuns}); {@code now} times a run still going. */
    public ResultPage<JobRun> runs(String job, PageRequest page, LocalDateTime now) {
        return new JobRuns(operator(), now).page(job, page);
    }

    /** The run (job instance) of an execution: its latest execution with the earlier ones; null for none of ours. */
    public JobRun run(long executionId, LocalDateTime now) {
        JobOperator operator = operator();
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution == null || !Jobs.ALL.contains(execution.getJobName())) {
                return null;
            }
            return new JobRuns(operator, now).latest(operator.getJobInstance(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return null; // none, or one some other component started (this one cannot see it)
        }
    }

    /** The job parameters an execution ran with. */
    public Properties parameters(long executionId) {
        Properties parameters = operator().getParameters(executionId);
        return parameters == null ? new Properties() : parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
