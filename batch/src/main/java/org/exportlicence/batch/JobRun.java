package org.exportlicence.batch;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One execution of a job as 批处理作业 lists it: status, times (China's) and duration, exit status,
 * its job instance (a restart is a new execution of the same instance, whose report it continues),
 * the parameters it ran with, its steps' counts, whether it is its instance's latest execution and,
 * for the latest, the instance's earlier executions (newest first).
 */
public record JobRun(
        String job,
        long executionId,
        long instanceId,
        String status,
        String exitStatus,
        LocalDateTime started,
        LocalDateTime ended,
        String duration,
        String parameters,
        List<StepRun> steps,
        boolean latest,
        List<JobRun> earlier)
        implements Serializable {
    public JobRun {
        steps = List.copyOf(steps);
        earlier = List.copyOf(earlier);
    }

    /** Only the latest execution of an instance that failed or was stopped may restart. */
    public boolean restartable() {
        return latest && ("FAILED".equals(status) || "STOPPED".equals(status));
    }

    public boolean stoppable() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }

    /** Items skipped by this execution's steps. */
    public long skipped() {
        return steps.stream().mapToLong(StepRun::skipped).sum();
    }

    /** Items skipped by the whole run: this execution and the earlier ones of its instance. */
    public long runSkipped() {
        return skipped() + earlier.stream().mapToLong(JobRun::skipped).sum();
    }

    /** hh:mm:ss from start to end (to {@code now} while it runs); empty before it started. */
    static String duration(LocalDateTime started, LocalDateTime ended, LocalDateTime now) {
        if (started == null) {
            return "";
        }
        long s = Math.max(
                0, Duration.between(started, ended == null ? now : ended).getSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
