package org.exportlicence.it.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.roles.AsBatch;

/**
 * Runs of the monthly-report job as the tests start them — as batch-jobs, on behalf of a named operator,
 * with a reason — waited for (at most two minutes) and read back from the job repository.
 */
final class MonthlyReportRuns {
    static final String OPERATOR = "test-operator";
    static final String REASON = "月报测试";
    private static final Set<BatchStatus> DONE =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final AsBatch asBatch;
    private final BatchOperations operations;

    MonthlyReportRuns(AsBatch asBatch, BatchOperations operations) {
        this.asBatch = asBatch;
        this.operations = operations;
    }

    /** Starts a run for the month and waits until it ends; returns its execution id. */
    long run(YearMonth month, boolean replace) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.MONTH, month.toString());
        if (replace) {
            parameters.setProperty(Jobs.REPLACE, "true");
        }
        parameters.setProperty(Jobs.STARTED_BY, OPERATOR);
        parameters.setProperty(Jobs.REASON, REASON);
        long execution = asBatch.call(() -> operations.start(Jobs.MONTHLY_REPORT, parameters));
        for (int i = 0;
                i < 1200 && !DONE.contains(operator().getJobExecution(execution).getBatchStatus());
                i++) {
            Thread.sleep(100);
        }
        if (!DONE.contains(operator().getJobExecution(execution).getBatchStatus())) {
            throw new AssertionError("monthly-report execution " + execution + " did not end within two minutes");
        }
        return execution;
    }

    String batchStatus(long execution) {
        return operator().getJobExecution(execution).getBatchStatus().name();
    }

    String exitStatus(long execution) {
        return String.valueOf(operator().getJobExecution(execution).getExitStatus());
    }

    long instanceOf(long execution) {
        return operator().getJobInstance(execution).getInstanceId();
    }

    /** How many items (scopes) a step read. */
    long readCount(long execution, String step) {
        for (StepExecution s : operator().getStepExecutions(execution)) {
            if (s.getStepName().equals(step)) {
                for (Metric metric : s.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.READ_COUNT) {
                        return metric.getValue();
                    }
                }
            }
        }
        throw new AssertionError("no step " + step + " in execution " + execution);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
