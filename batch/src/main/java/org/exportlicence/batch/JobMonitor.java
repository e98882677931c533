package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.exportlicence.platform.Roles;

/**
 * The platform's batch jobs as officers see them: each job's recent executions with status and
 * times. Jobs themselves live beside this class, one job XML each under META-INF/batch-jobs.
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.ADMIN})
public class JobMonitor {
    private static final int RECENT = 20;

    /** Recent executions of every job this application knows, newest first. */
    public List<JobRun> recentRuns() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, RECENT)) {
                    for (JobExecution execution : operator.getJobExecutions(instance)) {
                        runs.add(new JobRun(
                                job,
                                execution.getExecutionId(),
                                execution.getBatchStatus().name(),
                                execution.getExitStatus(),
                                toInstant(execution.getStartTime()),
                                toInstant(execution.getEndTime())));
                    }
                }
            } catch (NoSuchJobException e) {
                // A job known by name but never run yet has no instances to list.
            }
        }
        runs.sort(Comparator.comparing(JobRun::executionId).reversed());
        return runs.size() > RECENT ? runs.subList(0, RECENT) : runs;
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    /** One execution of a job. */
    public record JobRun(String job, long executionId, String status, String exitStatus, Instant started, Instant ended)
            implements Serializable {}
}
