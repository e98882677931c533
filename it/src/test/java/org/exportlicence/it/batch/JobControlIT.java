package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.Application;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.JobControl;
import org.exportlicence.batch.JobRun;
import org.exportlicence.batch.JobView;
import org.exportlicence.batch.Jobs;
import org.exportlicence.batch.StepRun;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOperator;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.it.support.TestClocks;
import org.exportlicence.jobs.SkippedItems;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceExpiry;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.PageRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 批处理作业's service: an operator starts licence-expiry for a day, the run expires the operator's
 * licence as batch-jobs and reports it; bad parameters, a restart of a completed run and callers
 * without the role are refused; a failed run restarts as a new execution of the same instance.
 */
@ExtendWith(ArquillianExtension.class)
class JobControlIT {
    private static final long WAIT_MS = 90_000;

    @EJB
    private JobControl control;

    @EJB
    private BatchOperations operations;

    @EJB
    private LicenceExpiry expiry;

    @EJB
    private SkippedItems skippedItems;

    @EJB
    private AuditTrail audit;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsOperator operator;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsBatch batch;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsIssuer issuingOfficer;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    /** A rice licence issued on {@code day} (10:00 in Beijing), valid six months from it. */
    private Licence issuedOn(LocalDate day) throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application application = testLicences.approved(applicationFixtures.riceForm(quota, BigDecimal.TEN));
        TestClocks.fixAt(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            return issuingOfficer.call(() -> issuer.issue(application.getNumber(), application.getVersion()));
        } finally {
            TestClocks.release();
        }
    }

    private JobRun await(long execution) throws Exception {
        return JobRunsAwait.finished(() -> operator.call(() -> control.run(execution)), execution, WAIT_MS);
    }

    @Test
    void operatorStartsLicenceExpiryWhichExpiresAndReportsAsTheBatchJobs() throws Exception {
        Licence licence = issuedOn(LocalDate.of(2026, 1, 15));
        LocalDate day = licence.getValidity().getExpiryDate().plusDays(1);
        assertEquals(LicenceStatus.VALID, licence.getStatus());

        long execution = operator.call(() -> control.start(Jobs.LICENCE_EXPIRY, Map.of(Jobs.DATE, day.toString())));
        JobRun run = await(execution);

        assertEquals("COMPLETED", run.status(), run.toString());
        assertEquals(execution, run.executionId());
        assertEquals("date=" + day, run.parameters());
        assertTrue(run.exitStatus().startsWith("EXPIRED "), run.exitStatus());
        StepRun step = run.steps().get(0);
        assertEquals("expire", step.step());
        assertTrue(step.read() >= 1, step.toString());
        assertEquals(step.read(), step.write(), "every licence read is written: " + step);
        assertEquals(0, step.skipped(), step.toString());
        assertTrue(step.commit() >= 1, step.toString());
        assertEquals(0, step.rollback(), step.toString());
        assertFalse(run.restartable());
        assertFalse(run.stoppable());
        assertTrue(
                run.started() != null && run.ended() != null && !run.duration().isEmpty());

        // Expired by the run, as batch-jobs, and in the run's report.
        assertEquals(
                LicenceStatus.EXPIRED,
                licenceFixtures.licenceNamed(licence.getNumber()).getStatus());
        List<AuditEvent> history = operator.call(() -> audit.history(licence.auditSubject()));
        AuditEvent expired = history.get(history.size() - 1);
        assertEquals("EXPIRE", expired.getAction());
        assertEquals("batch-jobs", expired.getActor());
        long instance = run.instanceId();
        assertTrue(operator.call(() -> expiry.expiredBy(instance, 0, 10_000)).stream()
                .anyMatch(e -> e.getLicenceNo().equals(licence.getNumber())));
        long reported = operator.call(() -> expiry.countExpiredBy(instance));
        assertEquals("EXPIRED " + reported, run.exitStatus());
        assertTrue(sheetHas(
                administrator.call(() -> control.xlsx(Jobs.LICENCE_EXPIRY, instance, Locale.SIMPLIFIED_CHINESE)),
                licence.getNumber()));

        // The start was audited as the operator, with its parameters.
        List<AuditEvent> starts = operator.call(() -> audit.history(AuditSubject.of("Job", Jobs.LICENCE_EXPIRY)));
        AuditEvent start = starts.get(starts.size() - 1);
        assertEquals("START", start.getAction());
        assertEquals("run-as-operator", start.getActor());
        assertEquals("date=" + day, start.getToState());

        // Its page of runs lists it; a completed run is neither restarted nor stopped.
        assertTrue(operator.call(() -> control.runs(Jobs.LICENCE_EXPIRY, PageRequest.of(0, 10))).rows().stream()
                .anyMatch(r -> r.executionId() == execution));
        assertEquals(
                "batch.jobs.error.notRestartable",
                Refusals.refusal(() -> operator.call(() -> control.restart(execution)))
                        .messageKey());
        assertEquals(
                "batch.jobs.error.notRunning",
                Refusals.refusal(() -> operator.call(() -> {
                            control.stop(execution);
                            return null;
                        }))
                        .messageKey());
    }

    @Test
    void badParametersAreRefusedAndNothingStarts() throws Exception {
        long before = runs(Jobs.LICENCE_EXPIRY);
        int audited = operator.call(() -> audit.history(AuditSubject.of("Job", Jobs.LICENCE_EXPIRY)))
                .size();
        assertEquals(
                "batch.jobs.error.date",
                Refusals.refusal(() -> operator.call(
                                () -> control.start(Jobs.LICENCE_EXPIRY, Map.of(Jobs.DATE, "2026-13-01"))))
                        .messageKey());
        assertEquals(
                "batch.jobs.error.dateFuture",
                Refusals.refusal(() -> operator.call(() -> control.start(
                                Jobs.LICENCE_EXPIRY,
                                Map.of(Jobs.DATE, LocalDate.now().plusDays(2).toString()))))
                        .messageKey());
        assertEquals(
                "batch.jobs.error.notAParameter",
                Refusals.refusal(() ->
                                operator.call(() -> control.start(Jobs.LICENCE_EXPIRY, Map.of(Jobs.MONTH, "2026-01"))))
                        .messageKey());
        assertEquals(
                "batch.jobs.error.unknownJob",
                Refusals.refusal(() -> operator.call(() -> control.start("no-such-job", Map.of())))
                        .messageKey());
        assertEquals(before, runs(Jobs.LICENCE_EXPIRY), "nothing started");
        assertEquals(
                audited,
                operator.call(() -> audit.history(AuditSubject.of("Job", Jobs.LICENCE_EXPIRY)))
                        .size(),
                "nothing audited");
    }

    @Test
    void aFailedRunRestartsAsANewExecutionOfItsInstanceWithItsParameters() throws Exception {
        // Started by the jobs themselves with a date no form lets through: the reader fails on it.
        Properties bad = new Properties();
        bad.setProperty(Jobs.DATE, "not-a-date");
        long failed = batch.call(() -> operations.start(Jobs.LICENCE_EXPIRY, bad));
        JobRun first = await(failed);
        assertEquals("FAILED", first.status(), first.toString());
        assertTrue(first.restartable());

        long restarted = operator.call(() -> control.restart(failed));
        assertNotEquals(failed, restarted);
        JobRun again = await(restarted);
        assertEquals(first.instanceId(), again.instanceId(), "the same run goes on");
        assertEquals("date=not-a-date", again.parameters(), "with the parameters it was started with");
        assertEquals(failed, again.earlier().get(0).executionId());
        assertEquals(
                "batch.jobs.error.notLatest",
                Refusals.refusal(() -> operator.call(() -> control.restart(failed)))
                        .messageKey());
        List<AuditEvent> events = operator.call(() -> audit.history(AuditSubject.of("Job", Jobs.LICENCE_EXPIRY)));
        AuditEvent restart = events.get(events.size() - 1);
        assertEquals("RESTART", restart.getAction());
        assertEquals(failed + " FAILED", restart.getFromState());

        // What a run's skip policy set aside is shown with the run.
        batch.call(() -> {
            skippedItems.record(Jobs.LICENCE_EXPIRY, first.instanceId(), restarted, "expire", "42", "test skip");
            return null;
        });
        assertEquals(
                List.of("42"),
                operator.call(() -> control.skipped(first.instanceId())).stream()
                        .map(s -> s.getItem())
                        .toList());
    }

    @Test
    void onlyOperatorsAndTheAdministratorControlJobs() throws Exception {
        List<JobView> jobs = administrator.call(() -> control.jobs());
        assertEquals(Jobs.ALL, jobs.stream().map(JobView::job).toList());
        JobView expiryJob = jobs.get(0);
        assertEquals(List.of(Jobs.DATE), expiryJob.parameters());
        assertEquals("/batch/expiry.xhtml", expiryJob.reportPage());
        // The test server runs no job timers (it/pom.xml: elp.batch.<job>.schedule=off): the screen says so.
        assertFalse(expiryJob.scheduled(), expiryJob.toString());
        assertTrue(operator.call(() -> control.jobs()).size() == Jobs.ALL.size());

        Refusals.assertAccessDenied(() -> clerk.call(() -> control.jobs()));
        Refusals.assertAccessDenied(() -> officer.call(() -> control.jobs()));
        Refusals.assertAccessDenied(() ->
                officer.call(() -> control.start(Jobs.LICENCE_EXPIRY, Map.of(Jobs.DATE, "2026-01-01"))));
        Refusals.assertAccessDenied(() -> clerk.call(() -> control.runs(Jobs.LICENCE_EXPIRY, PageRequest.of(0, 10))));
    }

    private long runs(String job) throws Exception {
        return operator.call(() -> control.runs(job, PageRequest.countOnly())).total();
    }

    private static boolean sheetHas(byte[] xlsx, String text) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("许可证过期报告", sheet.getRow(0).getCell(0).getStringCellValue());
            for (Row row : sheet) {
                if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                    return true;
                }
            }
            return false;
        }
    }
}
