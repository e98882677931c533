package org.exportlicence.it.batch;

import java.util.Set;
import org.exportlicence.batch.JobRun;

/** Waits, a bounded time, for a job execution to end. */
final class JobRunsAwait {
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private JobRunsAwait() {}

    /** A read of the execution's run (its instance's latest execution first). */
    interface Read {
        JobRun run() throws Exception;
    }

    /** The run once {@code execution} ended; fails after {@code maxMillis}. */
    static JobRun finished(Read read, long execution, long maxMillis) throws Exception {
        long deadline = System.currentTimeMillis() + maxMillis;
        while (true) {
            JobRun run = read.run();
            if (run.executionId() == execution && ENDED.contains(run.status())) {
                return run;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Execution " + execution + " did not end within " + maxMillis + " ms: " + run);
            }
            Thread.sleep(500);
        }
    }
}
