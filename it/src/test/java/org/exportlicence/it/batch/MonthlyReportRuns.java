package org.exportlicence.it.batch;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.YearMonth;
import java.util.Properties;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.roles.AsBatch;

/**
 * Runs of the monthly-report job as the tests start them — as batch-jobs, on behalf of a named operator,
 * with a reason — waited for ({@link JobRuns}) and read back through BatchOperations.
 */
final class MonthlyReportRuns {
    static final String OPERATOR = "test-operator";
    static final String REASON = "月报测试";

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
        JobRuns.awaitEnd(asBatch, operations, execution);
        return execution;
    }

    private JobExecution execution(long execution) throws Exception {
        return asBatch.call(() -> operations.execution(execution));
    }

    String batchStatus(long execution) throws Exception {
        return execution(execution).getBatchStatus().name();
    }

    String exitStatus(long execution) throws Exception {
        return String.valueOf(execution(execution).getExitStatus());
    }

    long instanceOf(long execution) throws Exception {
        return asBatch.call(() -> operations.instanceOf(execution)).getInstanceId();
    }

    /** How many items (scopes) a step read. */
    long readCount(long execution, String step) throws Exception {
        for (StepExecution s : asBatch.call(() -> operations.steps(execution))) {
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
}
