package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.InterruptedRuns;
import org.exportlicence.batch.JobControl;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.quota.QuotaVolumeFixtures;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.roles.AsOperator;
import org.exportlicence.quota.QuotaDifference;
import org.exportlicence.quota.QuotaDifferences;
import org.exportlicence.quota.QuotaReconciliationRun;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reconciliation interrupted by a crash resumes where it was: the server's JVM is killed (kill -9)
 * in the middle of a large reconciliation run with small chunks; when the server is back its start-up
 * sweep has marked the execution FAILED (INTERRUPTED), an operator restarts it, and the new execution
 * reads only the pages that were left after the last checkpoint, yet the run's report (the differences: quota,
 * stored, computed) is exactly that of an uninterrupted run over the same quotas, each quota counted
 * once. The quotas are of a year no other test uses, and are taken away again at the end.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotaReconciliationRestartIT {
    private static final int YEAR = 2031;
    private static final int QUOTAS = 5000;
    private static final int EVERY_NTH_DIFFERS = 100;
    private static final String WHOLE_CHUNK = "1000";
    /** Small chunks: many checkpoints, and a run long enough to be killed in the middle of. */
    private static final String SMALL_CHUNK = "5";
    /** How long after its first commit the run is killed. */
    private static final Duration DURABLE = Duration.ofMillis(1500);

    @EJB
    private QuotaVolumeFixtures volume;

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private BatchOperations operations;

    @EJB
    private JobControl control;

    @EJB
    private QuotaDifferences differences;

    @EJB
    private AsBatch batch;

    @EJB
    private AsOperator operator;

    @Test
    @Order(1)
    void aLargeReconciliationIsUnderWay() throws Exception {
        enterprises.ensureUsers();
        volume.remove(YEAR); // what an earlier, failed run of this test left
        assertEquals(QUOTAS, volume.plant(YEAR, EnterpriseFixtures.ENTERPRISE_A, QUOTAS, EVERY_NTH_DIFFERS));

        long whole = start(WHOLE_CHUNK);
        JobExecution ended = JobRuns.awaitEnd(batch, operations, whole, Duration.ofMinutes(3));
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());

        long execution = start(SMALL_CHUNK);
        long instance = batch.call(() -> operations.instanceOf(execution)).getInstanceId();
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        long checked = checked(instance);
        while (checked == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(20);
            checked = checked(instance);
        }
        // The first chunks must be on disk before the crash: H2 writes a commit out up to 0.5 s later.
        Thread.sleep(DURABLE.toMillis());
        checked = checked(instance);
        System.out.printf("Quota reconciliation before the crash: %d of %d quotas checked%n", checked, QUOTAS);
        assertTrue(
                checked > 0 && checked < QUOTAS / 2,
                "the crash must come in the middle of the run: " + checked + " of " + QUOTAS + " checked");
        assertEquals(
                BatchStatus.STARTED,
                batch.call(() -> operations.execution(execution)).getBatchStatus());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledAndStartedAgain() throws Exception {
        String script = System.getProperty("payara.script");
        String domain = System.getProperty("it.domain", "elp-test");
        run(script, "kill", domain);
        run(script, "start", domain);
        run(
                script,
                "wait",
                "http://localhost:" + System.getProperty("it.httpPort", "13080") + "/licence/login.xhtml",
                "300");
    }

    @Test
    @Order(3)
    void theRestartResumesFromTheLastCheckpointAndReportsWhatAnUninterruptedRunDoes() throws Exception {
        try {
            JobInstance interrupted = newest(SMALL_CHUNK);
            JobInstance whole = newest(WHOLE_CHUNK);
            long crashed = latestExecution(interrupted);
            JobExecution swept = batch.call(() -> operations.execution(crashed));
            assertEquals(BatchStatus.FAILED, swept.getBatchStatus(), "marked failed by the start-up sweep");
            assertEquals(InterruptedRuns.EXIT_STATUS, swept.getExitStatus());
            long before = checked(interrupted.getInstanceId());
            assertTrue(before > 0 && before < QUOTAS, "checked before the crash: " + before);

            long restarted = operator.call(() -> control.restart(crashed));
            JobExecution ended = JobRuns.awaitEnd(batch, operations, restarted, Duration.ofMinutes(3));
            assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());

            long read = readCount(restarted); // pages: the reader's item is a page of SMALL_CHUNK quotas
            long perPage = Long.parseLong(SMALL_CHUNK);
            long pages = QUOTAS / perPage;
            System.out.printf(
                    "Quota reconciliation restarted after the crash: %d quotas checked before, %d of %d pages read"
                            + " by the restart%n",
                    before, read, pages);
            assertTrue(read > 0 && read < pages, "the restart read " + read + " of " + pages + " pages");
            assertEquals((QUOTAS - before) / perPage, read, "read on after the last checkpoint");
            assertEquals(QUOTAS, checked(interrupted.getInstanceId()), "every quota checked exactly once");
            assertEquals(QUOTAS, checked(whole.getInstanceId()));
            Set<String> expected = report(whole.getInstanceId());
            assertEquals(QUOTAS / EVERY_NTH_DIFFERS, expected.size(), expected.toString());
            assertEquals(expected, report(interrupted.getInstanceId()));
            assertEquals("DIFFERENCES " + expected.size(), ended.getExitStatus());
        } finally {
            volume.remove(YEAR);
        }
    }

    private long start(String chunk) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, String.valueOf(YEAR));
        parameters.setProperty(Jobs.CHUNK, chunk);
        return batch.call(() -> operations.start(Jobs.QUOTA_RECONCILIATION, parameters));
    }

    /** The newest run of this test's year with the given chunk size. */
    private JobInstance newest(String chunk) throws Exception {
        for (JobInstance instance : batch.call(() -> operations.instances(Jobs.QUOTA_RECONCILIATION, 0, 50))) {
            Properties parameters = batch.call(() -> operations.parameters(latestExecution(instance)));
            if (String.valueOf(YEAR).equals(parameters.getProperty(Jobs.YEAR))
                    && chunk.equals(parameters.getProperty(Jobs.CHUNK))) {
                return instance;
            }
        }
        throw new AssertionError("no run of " + YEAR + " with chunks of " + chunk);
    }

    private long latestExecution(JobInstance instance) throws Exception {
        return batch.call(() -> operations.executions(instance)).stream()
                .map(JobExecution::getExecutionId)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private long checked(long instance) throws Exception {
        return operator.call(() -> differences.run(instance))
                .map(QuotaReconciliationRun::getQuotasChecked)
                .orElse(0L);
    }

    private long readCount(long execution) throws Exception {
        List<StepExecution> steps = batch.call(() -> operations.steps(execution));
        assertEquals(1, steps.size(), "the job's one step");
        for (Metric metric : steps.get(0).getMetrics()) {
            if (metric.getType() == Metric.MetricType.READ_COUNT) {
                return metric.getValue();
            }
        }
        throw new AssertionError("no read count");
    }

    /** A run's differences as quota id, stored and computed used amount. */
    private Set<String> report(long instance) throws Exception {
        Set<String> rows = new TreeSet<>();
        for (QuotaDifference d : operator.call(() -> differences.of(instance, 0, 100_000))) {
            rows.add(d.getQuotaId() + " "
                    + d.getStoredUsed().stripTrailingZeros().toPlainString() + " "
                    + d.getComputedUsed().stripTrailingZeros().toPlainString());
        }
        return rows;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(330, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}
