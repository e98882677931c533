package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/**
 * The one door to the batch runtime, as the principal batch-jobs (role BATCH): the runtime runs a job
 * with the identity that started it, so the jobs' steps may call the services only the jobs may call
 * and the audit trail names batch-jobs. Every JobOperator call goes through this bean because Payara
 * tags each job with the component that started it and lets only that component read or restart it
 * (GlassFishBatchSecurityHelper: config name + the caller's component id): another bean asking for the
 * same execution is refused with JobSecurityException. The scheduler calls it directly, operators
 * through {@code JobControl}, tests through a run-as helper.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
// Outside the caller's transaction: the runtime commits its own rows, and on its first use creates its
// tables, which PostgreSQL would otherwise roll back with a transaction that then cannot see them.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {
    @EJB
    private InterruptedRuns interrupted;

    public long start(String job, Properties parameters) {
        if (!Jobs.ALL.contains(job)) {
            throw new IllegalArgumentException("No such job: " + job);
        }
        long execution = operator().start(job, parameters);
        interrupted.runsHere(execution);
        return execution;
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId, Properties parameters) {
        long execution = operator().restart(executionId, parameters);
        interrupted.runsHere(execution);
        return execution;
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Marks a failed or stopped execution as never to be restarted. */
    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    public JobInstance instanceOf(long executionId) {
        return operator().getJobInstance(executionId);
    }

    /** The job parameters an execution ran with. */
    public Properties parameters(long executionId) {
        Properties parameters = operator().getParameters(executionId);
        return parameters == null ? new Properties() : parameters;
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

    /** How many instances of the job there are (0 before its first run). */
    public int instanceCount(String job) {
        try {
            return operator().getJobInstanceCount(job);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    /** The job's instances, newest first, a page at a time (none before its first run). */
    public List<JobInstance> instances(String job, int start, int count) {
        try {
            return operator().getJobInstances(job, start, count);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    /** An instance's executions (a restart adds one). */
    public List<JobExecution> executions(JobInstance instance) {
        return operator().getJobExecutions(instance);
    }

    /** Executions of the job still running (STARTING, STARTED, STOPPING). */
    public List<Long> running(String job) {
        try {
            return operator().getRunningExecutions(job);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
