package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.quota.QuotaSwapFixtures;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.roles.AsOperator;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaDifference;
import org.exportlicence.quota.QuotaDifferenceLicence;
import org.exportlicence.quota.QuotaDifferences;
import org.exportlicence.quota.QuotaReconciliationRun;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * quota-reconciliation on a small data set with a known answer: a quota whose used amount was changed
 * behind the services' back is reported with its licences, a consistent one is not, and nothing is
 * changed until an administrator corrects (re-checked under the row lock, audited) or explains it.
 */
@ExtendWith(ArquillianExtension.class)
class QuotaReconciliationIT {

    @EJB
    private TestLicences testLicences;

    @EJB
    private ApplicationFixtures forms;

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private QuotaSwapFixtures quotas;

    @EJB
    private BatchOperations operations;

    @EJB
    private QuotaDifferences differences;

    @EJB
    private AuditTrail audit;

    @EJB
    private AsBatch batch;

    @EJB
    private AsAdministrator admin;

    @EJB
    private AsOperator operator;

    private String lastLicence;

    @BeforeEach
    void users() {
        enterprises.ensureUsers();
    }

    @Test
    void aPlantedDifferenceIsFoundWithItsLicencesAndNothingChangesUntilCorrected() throws Exception {
        Quota consistent = quotaWithLicence("100");
        Quota planted = quotaWithLicence("50");
        String licenceNo = lastLicence;
        quotas.consume(planted.getId(), new BigDecimal("7")); // behind the services' back: stored 57, licences 50

        long instance = run();
        QuotaDifference found = differenceOf(instance, planted);
        assertEquals(0, new BigDecimal("57").compareTo(found.getStoredUsed()));
        assertEquals(0, new BigDecimal("50").compareTo(found.getComputedUsed()));
        assertEquals(0, new BigDecimal("-7").compareTo(found.getDifference()));
        assertFalse(found.isOverTotal());
        assertEquals(QuotaDifference.Status.OPEN, found.getStatus());
        List<QuotaDifferenceLicence> involved = operator.call(() -> differences.licences(found.getId()));
        assertEquals(
                List.of(licenceNo),
                involved.stream().map(QuotaDifferenceLicence::getLicenceNo).toList());
        assertTrue(all(instance).stream().noneMatch(d -> d.getQuotaId() == consistent.getId()));
        QuotaReconciliationRun run =
                operator.call(() -> differences.run(instance)).orElseThrow();
        assertTrue(run.getQuotasChecked() >= 2, "quotas checked: " + run.getQuotasChecked());
        assertEquals(all(instance).size(), run.getDifferencesFound());
        assertEquals(
                0,
                new BigDecimal("57").compareTo(quotas.reread(planted.getId()).getUsed()),
                "never applied by the job");

        Refusals.assertAccessDenied(
                () -> operator.call(() -> differences.correct(found.getId(), found.getVersion(), null)));
        admin.call(() -> differences.correct(found.getId(), found.getVersion(), "重复扣减"));
        assertEquals(
                0, new BigDecimal("50").compareTo(quotas.reread(planted.getId()).getUsed()));
        List<AuditEvent> history = admin.call(() -> audit.history(planted.auditSubject()));
        AuditEvent corrected = history.get(history.size() - 1);
        assertEquals("RECONCILE", corrected.getAction());
        assertEquals("57", corrected.getFromState());
        assertEquals("50", corrected.getToState());
        assertTrue(corrected.getReason().contains("重复扣减"), corrected.getReason());
        QuotaDifference settled = differenceOf(instance, planted);
        assertEquals(QuotaDifference.Status.CORRECTED, settled.getStatus());
        assertEquals(
                "quota.difference.error.settled",
                Refusals.refusal(() ->
                                admin.call(() -> differences.correct(settled.getId(), settled.getVersion(), null)))
                        .messageKey());

        long again = run();
        assertTrue(
                all(again).stream().noneMatch(d -> d.getQuotaId() == planted.getId()), "corrected: no longer differs");
    }

    @Test
    void aQuotaChangedSinceTheRunIsNotCorrectedFromItsReportButMayBeExplained() throws Exception {
        Quota planted = quotaWithLicence("20");
        quotas.consume(planted.getId(), new BigDecimal("3"));
        long instance = run();
        QuotaDifference found = differenceOf(instance, planted);
        quotas.consume(planted.getId(), BigDecimal.ONE); // another change after the run

        assertEquals(
                "quota.difference.error.changed",
                Refusals.refusal(() -> admin.call(() -> differences.correct(found.getId(), found.getVersion(), null)))
                        .messageKey());
        assertEquals(
                0, new BigDecimal("24").compareTo(quotas.reread(planted.getId()).getUsed()), "refused: unchanged");
        assertEquals(
                "quota.difference.error.reasonRequired",
                Refusals.refusal(() -> admin.call(() -> differences.explain(found.getId(), found.getVersion(), " ")))
                        .messageKey());
        admin.call(() -> differences.explain(found.getId(), found.getVersion(), "配额证明已补录"));
        QuotaDifference explained = differenceOf(instance, planted);
        assertEquals(QuotaDifference.Status.EXPLAINED, explained.getStatus());
        assertEquals("配额证明已补录", explained.getResolution());
        assertEquals(
                0, new BigDecimal("24").compareTo(quotas.reread(planted.getId()).getUsed()));
        List<AuditEvent> history = admin.call(() -> audit.history(explained.auditSubject()));
        assertEquals("EXPLAIN", history.get(history.size() - 1).getAction());
    }

    /** A new 2026 rice quota of 1000 with one licence of {@code quantity} issued under it ({@link #lastLicence}). */
    private Quota quotaWithLicence(String quantity) throws Exception {
        String documentNo = enterprises.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        lastLicence = testLicences
                .issued(forms.riceForm(documentNo, new BigDecimal(quantity)))
                .getNumber();
        return enterprises.quotaNamed(documentNo);
    }

    private long run() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, String.valueOf(QuotaSwapFixtures.YEAR));
        parameters.setProperty(Jobs.CHUNK, "3"); // several chunks and checkpoints even on a small data set
        long execution = batch.call(() -> operations.start(Jobs.QUOTA_RECONCILIATION, parameters));
        JobExecution ended = JobRuns.awaitEnd(batch, operations, execution);
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());
        long instance = batch.call(() -> operations.instanceOf(execution)).getInstanceId();
        assertEquals("DIFFERENCES " + all(instance).size(), ended.getExitStatus());
        return instance;
    }

    private List<QuotaDifference> all(long instance) throws Exception {
        return operator.call(() -> differences.of(instance, 0, 100_000));
    }

    private QuotaDifference differenceOf(long instance, Quota quota) throws Exception {
        return all(instance).stream()
                .filter(d -> d.getQuotaId() == quota.getId())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no difference for " + quota.getDocumentNo()));
    }
}
