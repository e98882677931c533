package org.exportlicence.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.exportlicence.platform.Clocks;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;

/**
 * Reads a job's executions from the batch runtime's job repository, a page of job instances (runs)
 * at a time, newest first as the runtime lists them: each as its latest execution, which carries the
 * instance's earlier ones (the executions a restart resumed), newest first. The total counts instances.
 */
final class JobRuns {
    private final JobOperator operator;
    private final LocalDateTime now;

    JobRuns(JobOperator operator, LocalDateTime now) {
        this.operator = operator;
        this.now = now;
    }

    ResultPage<JobRun> page(String job, PageRequest page) {
        int total;
        try {
            total = operator.getJobInstanceCount(job);
        } catch (NoSuchJobException e) {
            return new ResultPage<>(List.of(), 0); // never run yet
        }
        if (page.isCountOnly() || page.first() >= total) {
            return new ResultPage<>(List.of(), total);
        }
        List<JobRun> rows = new ArrayList<>();
        for (JobInstance instance : operator.getJobInstances(job, page.first(), page.size())) {
            rows.add(latest(instance));
        }
        return new ResultPage<>(rows, total);
    }

    /** The instance's latest execution with its earlier ones. */
    JobRun latest(JobInstance instance) {
        List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(instance));
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        List<JobRun> earlier = new ArrayList<>();
        for (JobExecution execution : executions.subList(1, executions.size())) {
            earlier.add(run(instance, execution, false, List.of()));
        }
        return run(instance, executions.get(0), true, earlier);
    }

    JobRun run(JobInstance instance, JobExecution e, boolean latest, List<JobRun> earlier) {
        LocalDateTime started = local(e.getStartTime());
        LocalDateTime ended = local(e.getEndTime());
        return new JobRun(
                instance.getJobName(),
                e.getExecutionId(),
                instance.getInstanceId(),
                e.getBatchStatus() == null ? null : e.getBatchStatus().name(),
                e.getExitStatus(),
                started,
                ended,
                JobRun.duration(started, ended, now),
                text(e.getJobParameters()),
                steps(e.getExecutionId()),
                latest,
                earlier);
    }

    private List<StepRun> steps(long executionId) {
        List<StepRun> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            Map<Metric.MetricType, Long> m = new EnumMap<>(Metric.MetricType.class);
            if (step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    m.put(metric.getType(), metric.getValue());
                }
            }
            steps.add(new StepRun(
                    step.getStepName(),
                    step.getBatchStatus() == null ? null : step.getBatchStatus().name(),
                    step.getExitStatus(),
                    m.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L)));
        }
        return steps;
    }

    /** name=value, name=value in name order (what the screen shows and the audit trail keeps). */
    static String text(Properties parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        parameters.stringPropertyNames().forEach(name -> sorted.put(name, parameters.getProperty(name)));
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
                .append(name)
                .append('=')
                .append(value));
        return text.toString();
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), Clocks.CHINA);
    }
}
