package org.exportlicence.batch;

import java.io.Serializable;

/** One step of a job execution with the counts of its chunks (Jakarta Batch's step metrics). */
public record StepRun(
        String step,
        String status,
        String exitStatus,
        long read,
        long write,
        long filter,
        long processSkip,
        long readSkip,
        long writeSkip,
        long commit,
        long rollback)
        implements Serializable {

    /** Items the skip policy set aside in this step (read, process and write skips). */
    public long skipped() {
        return readSkip + processSkip + writeSkip;
    }
}
