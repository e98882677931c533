package org.exportlicence.it.batch;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.it.roles.AsBatch;

/**
 * One execution of a job, started as batch-jobs and waited for. Its state is read from the job repository's
 * tables (in the platform's database), not through the JobOperator: Payara's batch runtime shows an
 * execution only to the component that started it (its tag is the config and component id, here
 * BatchOperations'), and answers JobSecurityException to anyone else, this test included.
 */
record BenchRun(
        String job,
        long executionId,
        long instanceId,
        String status,
        String exitStatus,
        double wallSeconds,
        double jobSeconds,
        double queuedSeconds,
        String steps) {
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    interface Sampler {
        void sample(long instanceId, long seconds) throws Exception;
    }

    /** Starts the job and waits (at most {@code limit}, then stops it) until it ends; samples every 5 s. */
    static BenchRun start(
            AsBatch as,
            BatchOperations ops,
            BenchSql sql,
            String job,
            Properties parameters,
            Duration limit,
            Sampler sampler)
            throws Exception {
        long begin = System.nanoTime();
        long id = as.call(() -> ops.start(job, parameters));
        BenchSql.Execution execution = sql.execution(id);
        long nextSample = 5;
        while (!ENDED.contains(execution.status())) {
            long seconds = (System.nanoTime() - begin) / 1_000_000_000L;
            if (seconds > limit.toSeconds()) {
                as.call(() -> {
                    ops.stop(id);
                    return null;
                });
                break;
            }
            if (sampler != null && seconds >= nextSample) {
                sampler.sample(execution.instanceId(), seconds);
                nextSample += 5;
            }
            Thread.sleep(20); // the wall time is seen ended at most this late
            execution = sql.execution(id);
        }
        double wall = (System.nanoTime() - begin) / 1e9;
        execution = sql.execution(id);
        return new BenchRun(
                job,
                id,
                execution.instanceId(),
                execution.status(),
                execution.exitStatus(),
                wall,
                execution.seconds(),
                execution.queuedSeconds(),
                sql.steps(id));
    }

    boolean completed() {
        return "COMPLETED".equals(status);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s execution %d (instance %d): %s, exit status %s, wall %.2f s, execution created to started %.2f s,"
                        + " start to end %.2f s;%s",
                job,
                executionId,
                instanceId,
                status,
                exitStatus,
                wallSeconds,
                queuedSeconds,
                jobSeconds,
                steps);
    }
}
