package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.jobs.SkippedItem;
import org.exportlicence.jobs.SkippedItems;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/**
 * 批处理作业 — the jobs as operators and the administrator watch and steer them: each job's timetable
 * and executions with their steps' counts, what a run skipped, its report; start a job now with its
 * parameters, restart a failed or stopped execution from its last checkpoint, stop a running one.
 * Every start, restart and stop is audited as the operator (subject Job, the job's name) before
 * {@link JobHandover} hands it to the batch runtime as batch-jobs; a refusal leaves nothing started
 * and nothing audited.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class JobControl {
    static final String AUDIT_TYPE = "Job";

    @EJB
    private JobHandover handover;

    @EJB
    private AuditTrail audit;

    @EJB
    private SkippedItems skippedItems;

    @Inject
    @Any
    private Instance<JobReport> reports;

    @Inject
    private Clock clock;

    /** Every job of {@link Jobs#ALL} with its timetable, start parameters and report page. */
    public List<JobView> jobs() {
        List<JobView> views = new ArrayList<>();
        for (String job : Jobs.ALL) {
            String schedule = JobScheduler.configured(job);
            Timetable timetable = timetable(schedule);
            JobReport report = report(job);
            views.add(new JobView(
                    job,
                    schedule,
                    timetable != null,
                    timetable == null ? null : timetable.dayOfMonth(),
                    timetable == null ? null : timetable.time().toString(),
                    StartParameters.of(job),
                    report == null ? null : report.page()));
        }
        return views;
    }

    /** A page of the job's runs (job instances, newest first), each its latest execution with the earlier ones. */
    public ResultPage<JobRun> runs(String job, PageRequest page) {
        return handover.runs(known(job), page, LocalDateTime.now(clock));
    }

    /** The run (job instance) of an execution as {@link #runs} lists it. */
    public JobRun run(long executionId) {
        JobRun run = handover.run(executionId, LocalDateTime.now(clock));
        if (run == null) {
            throw new BusinessException("batch.jobs.error.noExecution", executionId);
        }
        return run;
    }

    /** The items the skip policy set aside in one job instance (all its executions), oldest first. */
    public List<SkippedItem> skipped(long instanceId) {
        return skippedItems.of(instanceId);
    }

    /**
     * Starts the job now with the parameters of its start form (field name → text, an empty one takes
     * its default); returns the new execution's id. Refused, field by field, for a parameter that is
     * not valid or not the job's.
     */
    public long start(String job, Map<String, String> given) {
        Properties parameters = StartParameters.check(known(job), given, clock);
        audit.record(AuditSubject.of(AUDIT_TYPE, job), "START", null, JobRuns.text(parameters), null);
        return handedOver(() -> handover.start(job, parameters));
    }

    /** Restarts a failed or stopped execution (its instance's latest) with its own parameters; returns the new id. */
    public long restart(long executionId) {
        JobRun run = run(executionId);
        String status = statusOf(run, executionId);
        if (!"FAILED".equals(status) && !"STOPPED".equals(status)) {
            throw new BusinessException("batch.jobs.error.notRestartable", executionId, statusKey(status));
        }
        if (run.executionId() != executionId) {
            throw new BusinessException("batch.jobs.error.notLatest", executionId, run.executionId());
        }
        // A restart gets no parameters of its own: the run it resumes must go on for the same day, year or month.
        Properties parameters = handover.parameters(executionId);
        audit.record(
                AuditSubject.of(AUDIT_TYPE, run.job()),
                "RESTART",
                executionId + " " + status,
                JobRuns.text(parameters),
                null);
        return handedOver(() -> handover.restart(executionId, parameters));
    }

    /** Asks a starting or running execution to stop (after its current chunk). */
    public void stop(long executionId) {
        JobRun run = run(executionId);
        String status = statusOf(run, executionId);
        if (!"STARTING".equals(status) && !"STARTED".equals(status)) {
            throw new BusinessException("batch.jobs.error.notRunning", executionId, statusKey(status));
        }
        audit.record(AuditSubject.of(AUDIT_TYPE, run.job()), "STOP", executionId + " " + status, "STOPPING", null);
        handedOver(() -> {
            handover.stop(executionId);
            return executionId;
        });
    }

    /** The job's report of one instance as .xlsx in the reader's language. */
    public byte[] xlsx(String job, long instanceId, Locale locale) {
        JobReport report = report(known(job));
        if (report == null) {
            throw new BusinessException("batch.jobs.error.noReport", "batch.jobs.job." + job);
        }
        return report.xlsx(instanceId, locale);
    }

    /** Null for off (or a value the scheduler could not read either: it then scheduled nothing). */
    private static Timetable timetable(String schedule) {
        try {
            return schedule == null ? null : Timetable.parse(schedule);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private JobReport report(String job) {
        for (JobReport report : reports) {
            if (job.equals(report.job())) {
                return report;
            }
        }
        return null;
    }

    private static String known(String job) {
        if (job == null || !Jobs.ALL.contains(job)) {
            throw new BusinessException("batch.jobs.error.unknownJob", String.valueOf(job));
        }
        return job;
    }

    /**
     * The runtime's own refusal (the execution moved on meanwhile: restarted, stopped, completed) is
     * the operator's, with its words; the audit record of the attempt rolls back with it.
     */
    private static long handedOver(LongSupplier call) {
        try {
            return call.getAsLong();
        } catch (EJBException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof BatchRuntimeException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e;
            }
            throw new BusinessException(
                    "batch.jobs.error.runtime", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** The status of the execution among its run's (the latest or an earlier one). */
    private static String statusOf(JobRun run, long executionId) {
        if (run.executionId() == executionId) {
            return run.status();
        }
        return run.earlier().stream()
                .filter(e -> e.executionId() == executionId)
                .map(JobRun::status)
                .findFirst()
                .orElse(null);
    }

    private static String statusKey(String status) {
        return "batch.jobs.status." + (status == null ? "UNKNOWN" : status);
    }
}
