package org.exportlicence.it.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.it.roles.AsBatch;

/**
 * Waiting for a job execution to end, bounded: the tests' one way to see a job through. Read through
 * BatchOperations as batch-jobs: Payara lets only the component that started a job read it.
 */
public final class JobRuns {
    private static final Set<BatchStatus> ENDED =
            Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private JobRuns() {}

    public static JobExecution awaitEnd(AsBatch batch, BatchOperations operations, long executionId) throws Exception {
        return awaitEnd(batch, operations, executionId, Duration.ofMinutes(2));
    }

    public static JobExecution awaitEnd(AsBatch batch, BatchOperations operations, long executionId, Duration limit)
            throws Exception {
        Instant until = Instant.now().plus(limit);
        JobExecution execution = batch.call(() -> operations.execution(executionId));
        while (!ENDED.contains(execution.getBatchStatus())) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError(
                        "Job execution " + executionId + " still " + execution.getBatchStatus() + " after " + limit);
            }
            Thread.sleep(200);
            execution = batch.call(() -> operations.execution(executionId));
        }
        return execution;
    }
}
