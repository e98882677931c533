package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.roles.AsBatch;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch jobs benchmark (bin/platform batchbench; not part of the test suite, it needs the volume
 * database of bin/platform volume, 1,000,000 licences). Both jobs are started by name through
 * {@link BatchOperations} as batch-jobs, as the scheduler starts them, and timed from the start call until
 * the execution is seen COMPLETED (wall) and by the execution's own start and end times:
 * <ul>
 *   <li>quota-reconciliation of the latest volume year, with {@value #PLANTED} differences planted, against
 *       {@link BenchSql#DIFFERENCES}, one set-based statement computing the same differences, each the
 *       median of {@value #MEASURED} after {@value #WARM_UP} warm-up runs: the ratio must be at most 2, and
 *       the job must report as many differences as the statement finds. Skipped, saying so, where the job is not deployed;</li>
 *   <li>licence-expiry over exactly {@value #DUE} due licences: under 60 s, every one 已过期, in the job's
 *       report, and with its LICENCE_EXPIRED outbox message.</li>
 * </ul>
 * The volume data are put back afterwards. Figures go to the server log, lines "Batch benchmark: ...".
 */
@ExtendWith(ArquillianExtension.class)
class BatchBenchmark {
    static final int PLANTED = 200;
    static final int DUE = 100_000;
    /**
     * Runs before measuring, the statement's and the job's alike: a freshly deployed server compiles on both
     * cores meanwhile, where a nightly run meets a server that has been up (measured: the job's first runs
     * take 2-3 times the later ones).
     */
    static final int WARM_UP = 3;
    /** Runs measured; the median counts. */
    static final int MEASURED = 5;

    private static final double RATIO_TARGET = 2.0;
    private static final double EXPIRY_TARGET_SECONDS = 60;
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @EJB
    private AsBatch asBatch;

    @EJB
    private BatchOperations operations;

    private final List<String> failures = new ArrayList<>();

    @Test
    void jobsAgainstTargets() throws Exception {
        BenchSql sql = new BenchSql((DataSource) new InitialContext().lookup("java:app/jdbc/elp"));
        print("Batch benchmark: %d licences in the database", sql.count("licence"));
        // The reconciliation first: the expiry leaves the outbox relay delivering 100,000 messages behind it.
        reconciliation(sql);
        expiry(sql);
        print("Batch benchmark: %s", failures.isEmpty() ? "all targets met" : "FAILED: " + failures);
        assertTrue(failures.isEmpty(), "Batch benchmark: " + failures);
    }

    private void reconciliation(BenchSql sql) throws Exception {
        String job = Jobs.QUOTA_RECONCILIATION;
        if (Thread.currentThread().getContextClassLoader().getResource("META-INF/batch-jobs/" + job + ".xml") == null) {
            print("Batch benchmark: %s SKIPPED: the job is not deployed (no META-INF/batch-jobs/%s.xml)", job, job);
            return;
        }
        int year = sql.reconciliationYear();
        List<Long> natural = sql.differences(year);
        List<Long> planted = sql.plantDifferences(year, PLANTED, natural);
        List<BenchRun> runs = new ArrayList<>();
        try {
            print(
                    "Batch benchmark: %s year %d: %d quotas, %d licences on them; %d differences in the volume data,"
                            + " %d planted (used + 1)",
                    job, year, sql.quotas(year), sql.licencesOfQuotas(year), natural.size(), planted.size());
            int[] rows = new int[1];
            double handMs = median(() -> rows[0] = sql.differences(year).size());
            double bareMs = median(() -> sql.differences(BenchSql.DIFFERENCES_ONLY, year));
            if (rows[0] != natural.size() + planted.size()) {
                failures.add("hand SQL found " + rows[0] + " differences, not " + (natural.size() + planted.size()));
            }
            Properties parameters = new Properties();
            parameters.setProperty(Jobs.YEAR, String.valueOf(year));
            // Measured as the statement is (the median by wall time after the warm-up runs); each run is a
            // full one, with its own report.
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                try {
                    runs.add(BenchRun.start(asBatch, operations, sql, job, parameters, LIMIT, null));
                } catch (Exception e) {
                    if (notDeployed(e)) {
                        print("Batch benchmark: %s SKIPPED: the batch runtime does not know the job (%s)", job, e);
                        return;
                    }
                    throw e;
                }
                print("Batch benchmark: %s %s", i < WARM_UP ? "warm-up" : "run " + (i - WARM_UP + 1), runs.get(i));
            }
            for (BenchRun each : runs) {
                check(each, job);
            }
            List<BenchRun> measured = new ArrayList<>(runs.subList(WARM_UP, runs.size()));
            measured.sort(Comparator.comparingDouble(BenchRun::wallSeconds));
            BenchRun run = measured.get(MEASURED / 2);
            Long reported = reported(sql, run);
            double ratio = run.wallSeconds() * 1000 / handMs;
            print(
                    "Batch benchmark: %s %.2f s (execution %.2f s; median of %d after %d warm-up"
                            + " runs) vs one set-based SQL statement %.1f ms (likewise): ratio %.2f (target <= %.1f);"
                            + " differences: job %s, SQL %d",
                    job,
                    run.wallSeconds(),
                    run.jobSeconds(),
                    MEASURED,
                    WARM_UP,
                    handMs,
                    ratio,
                    RATIO_TARGET,
                    reported == null ? "(not found)" : reported.toString(),
                    rows[0]);
            print(
                    "Batch benchmark: %s for reference: the same differences without their licences, one statement"
                            + " %.1f ms (likewise): the job takes %.1f times that",
                    job, bareMs, run.wallSeconds() * 1000 / bareMs);
            if (ratio > RATIO_TARGET) {
                failures.add(String.format(Locale.ROOT, "%s ratio %.2f > %.1f", job, ratio, RATIO_TARGET));
            }
            if (reported == null || reported != rows[0]) {
                failures.add(job + " reported " + reported + " differences, the SQL finds " + rows[0]);
            }
        } finally {
            sql.removeDifferences(planted);
            sql.removeReconciliationRuns(runs.stream().map(BenchRun::instanceId).toList());
        }
    }

    /** The job's count: the number in its exit status, else the rows of its report table for the run. */
    private static Long reported(BenchSql sql, BenchRun run) throws Exception {
        Matcher m = NUMBER.matcher(String.valueOf(run.exitStatus()));
        return m.find() ? Long.valueOf(m.group()) : sql.reportRows("reconcil", run.instanceId());
    }

    private void expiry(BenchSql sql) throws Exception {
        String job = Jobs.LICENCE_EXPIRY;
        LocalDate day = sql.expiryDay();
        long outboxBefore = sql.maxId("outbox_message");
        List<Long> due = sql.makeDue(day, DUE);
        try {
            long dueNow = sql.dueOn(day);
            print(
                    "Batch benchmark: %s on %s: %d licences made due (已过期 -> 有效/使用中), %d due in all",
                    job, day, due.size(), dueNow);
            if (due.size() != DUE || dueNow != DUE) {
                failures.add(job + ": " + dueNow + " licences due, not " + DUE);
                return;
            }
            Properties parameters = new Properties();
            parameters.setProperty(Jobs.DATE, day.toString());
            List<String> progress = new ArrayList<>();
            BenchRun run = BenchRun.start(
                    asBatch,
                    operations,
                    sql,
                    job,
                    parameters,
                    LIMIT,
                    (instance, seconds) -> progress.add(
                            String.format(Locale.ROOT, "%ds %d", seconds, sql.expiryReportRows(instance))));
            long[] messages = sql.expiredMessages(outboxBefore, due);
            long expired = sql.expiredAmong(due);
            long reported = sql.expiryReportRows(run.instanceId());
            print("Batch benchmark: %s", run);
            print("Batch benchmark: %s progress (licences committed at): %s", job, String.join(", ", progress));
            print(
                    "Batch benchmark: %s %d licences in %.1f s (execution %.1f s): %.0f licences/s (target < %.0f s);"
                            + " now 已过期 %d, in the report %d, LICENCE_EXPIRED outbox rows %d (%d of them delivered"
                            + " by the relay when the job ended), still due %d",
                    job,
                    DUE,
                    run.wallSeconds(),
                    run.jobSeconds(),
                    DUE / run.wallSeconds(),
                    EXPIRY_TARGET_SECONDS,
                    expired,
                    reported,
                    messages[0],
                    messages[1],
                    sql.dueOn(day));
            check(run, job);
            if (run.wallSeconds() >= EXPIRY_TARGET_SECONDS) {
                failures.add(String.format(
                        Locale.ROOT, "%s %.1f s >= %.0f s", job, run.wallSeconds(), EXPIRY_TARGET_SECONDS));
            }
            if (expired != DUE || reported != DUE || messages[0] != DUE) {
                failures.add(job + ": expired " + expired + ", reported " + reported + ", messages " + messages[0]
                        + " (each must be " + DUE + ")");
            }
            Thread.sleep(10_000);
            long[] later = sql.expiredMessages(outboxBefore, due);
            print(
                    "Batch benchmark: outbox relay: %d of %d LICENCE_EXPIRED messages delivered 10 s after the job"
                            + " (%.0f messages/s meanwhile); the rest are deleted with the run's rows",
                    later[1], later[0], (later[1] - messages[1]) / 10.0);
        } finally {
            sql.restoreExpired(due, outboxBefore);
        }
    }

    private void check(BenchRun run, String job) {
        if (!run.completed()) {
            failures.add(job + " ended " + run.status() + " (" + run.exitStatus() + ")");
        }
    }

    private static boolean notDeployed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchJobException || t instanceof JobStartException) {
                return true;
            }
        }
        return false;
    }

    private interface Timed {
        void run() throws Exception;
    }

    /** Milliseconds: the median of {@link #MEASURED} runs after {@link #WARM_UP}. */
    private static double median(Timed action) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            action.run();
        }
        double[] times = new double[MEASURED];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[MEASURED / 2];
    }

    static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%n" + format + "%n", args);
    }
}
