package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.JobReport;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOperator;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.statistics.StatisticsData;
import org.exportlicence.it.support.TestClocks;
import org.exportlicence.statistics.MonthRow;
import org.exportlicence.statistics.MonthlyFilter;
import org.exportlicence.statistics.MonthlyPublication;
import org.exportlicence.statistics.MonthlyPublishing;
import org.exportlicence.statistics.MonthlyReport;
import org.exportlicence.statistics.MonthlyStatistics;
import org.exportlicence.statistics.PublicationStatus;
import org.exportlicence.statistics.ScopeKind;
import org.exportlicence.statistics.SnapshotLine;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * monthly-report on a small data set with a known answer: in a month of a past year no other test uses
 * (none of its months published, no licence issued in that year), test enterprise A gets one licence the
 * month before and two in the month; the job publishes the month, and every caller's 统计月报 shows the
 * published figures; a later correction (a licence deleted, one issued with a date in the month) changes
 * the live figures but not the published ones; a second run leaves the month alone, a run with
 * replace=true replaces it, audited; the current and a future month are refused.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String A = EnterpriseFixtures.ENTERPRISE_A;
    private static final String TIANJIN = EnterpriseFixtures.TIANJIN;

    @EJB
    private MonthlyStatistics statistics;

    @EJB
    private MonthlyPublishing publishing;

    @EJB
    private AuditTrail audit;

    @EJB(beanName = "MonthlyReportJobReport")
    private JobReport report;

    @EJB
    private BatchOperations operations;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private StatisticsData data;

    @EJB
    private AsBatch asBatch;

    @EJB
    private AsOperator operator;

    @EJB
    private AsAdministrator admin;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private ApplicationForm coke(String quantity) {
        ApplicationForm form = applicationFixtures.cokeForm();
        form.setQuantity(new BigDecimal(quantity));
        form.setContractNo("HT-MR-" + System.nanoTime() % 1_000_000_000L);
        return form;
    }

    /** A month (February or later) of a past year outside the screen's year list where nothing happened yet. */
    private YearMonth freshMonth() throws Exception {
        int lastYear = LocalDate.now(CHINA).getYear() - 11;
        int start = ThreadLocalRandom.current().nextInt(2001, lastYear + 1);
        for (int i = 0; i <= lastYear - 2001; i++) {
            int year = 2001 + (start - 2001 + i) % (lastYear - 2001 + 1);
            MonthlyReport everything =
                    admin.call(() -> statistics.report(new MonthlyFilter(year, null, null, null, null)));
            if (everything.rows().isEmpty() && everything.publications().isEmpty()) {
                return YearMonth.of(year, ThreadLocalRandom.current().nextInt(2, 13));
            }
        }
        throw new IllegalStateException("no unused year between 2001 and " + lastYear);
    }

    @Test
    void aPublishedMonthKeepsItsFiguresUntilReplaced() throws Exception {
        YearMonth month = freshMonth();
        int m = month.getMonthValue();
        MonthlyFilter year = new MonthlyFilter(month.getYear(), null, null, null, null);
        Application early =
                data.issuedOn(coke("1000"), month.minusMonths(1).atDay(10)).application();
        StatisticsData.Issued first = data.issuedOn(coke("1234.5"), month.atDay(10));
        StatisticsData.Issued second = data.issuedOn(coke("2000"), month.atDay(12));
        String unit = early.getGoods().getUnit().getCode();
        Application[] inMonth = {first.application(), second.application()};
        Application[] yearToMonth = {early, first.application(), second.application()};

        // Published: A's and 特办天津's lines hold the two licences of the month and the three of the year.
        long run1 = runs().run(month, false);
        assertTrue(runs().exitStatus(run1).startsWith("PUBLISHED " + month), runs().exitStatus(run1));
        assertEquals(1, runs().readCount(run1, "authorities"));
        assertEquals(1, runs().readCount(run1, "enterprises"));
        long instance1 = runs().instanceOf(run1);
        MonthlyPublication published =
                operator.call(() -> publishing.published(month)).orElseThrow();
        assertEquals(instance1, published.getJobInstanceId());
        assertEquals(PublicationStatus.PUBLISHED, published.getStatus());
        assertEquals("batch-jobs", published.getPublishedBy());
        assertEquals(MonthlyReportRuns.OPERATOR, published.getRequestedBy());
        List<SnapshotLine> lines = operator.call(() -> publishing.lines(published.getId(), 0, 100));
        assertEquals(2, lines.size(), lines.toString());
        assertLine(lines.get(0), ScopeKind.AUTHORITY, TIANJIN, unit, inMonth, yearToMonth);
        assertLine(lines.get(1), ScopeKind.ENTERPRISE, A, unit, inMonth, yearToMonth);

        // Every caller's 统计月报 shows the month as published, with its figures; the month before is live.
        for (Reader reader : List.<Reader>of(
                f -> clerk.call(() -> statistics.report(f)),
                f -> officer.call(() -> statistics.report(f)),
                f -> admin.call(() -> statistics.report(f)))) {
            MonthlyReport shown = reader.read(year);
            assertNotNull(shown.publishedAt(m));
            assertNull(shown.publishedAt(m - 1));
            assertRow(shown, m, unit, inMonth, yearToMonth);
            assertRow(shown, m - 1, unit, new Application[] {early}, new Application[] {early});
        }
        MonthlyFilter enterpriseA = new MonthlyFilter(month.getYear(), null, null, null, A);
        assertRow(officer.call(() -> statistics.report(enterpriseA)), m, unit, inMonth, yearToMonth);
        MonthlyReport otherAuthority = otherOfficer.call(() -> statistics.report(year));
        assertTrue(otherAuthority.rows().isEmpty(), otherAuthority.rows().toString());
        assertNotNull(otherAuthority.publishedAt(m), "the month is published for every authority");
        assertTrue(otherClerk.call(() -> statistics.report(year)).rows().isEmpty());

        // A later correction: the second licence deleted, another issued with a date in the month.
        TestClocks.fixAt(month.atDay(20).atTime(10, 0).atZone(CHINA).toInstant());
        try {
            data.delete(second.licence().getNumber());
        } finally {
            TestClocks.release();
        }
        Application late = data.issuedOn(coke("700"), month.atDay(15)).application();
        Application[] corrected = {first.application(), late};
        Application[] correctedYear = {early, first.application(), late};
        // Live (a trade mode chosen: the snapshot holds all trade modes together) it shows; published it does not.
        Long tradeMode = early.getTrade().getTradeMode().getId();
        MonthlyFilter live = new MonthlyFilter(month.getYear(), null, tradeMode, null, null);
        MonthlyReport liveReport = clerk.call(() -> statistics.report(live));
        assertEquals("batch.monthly.note.conditions", liveReport.liveReasonKey());
        assertNull(liveReport.publishedAt(m));
        assertRow(liveReport, m, unit, corrected, correctedYear);
        assertRow(clerk.call(() -> statistics.report(year)), m, unit, inMonth, yearToMonth);

        // Run again without replace: nothing changes.
        long run2 = runs().run(month, false);
        assertTrue(runs().exitStatus(run2).startsWith("ALREADY_PUBLISHED " + month), runs().exitStatus(run2));
        MonthlyPublication still =
                operator.call(() -> publishing.published(month)).orElseThrow();
        assertEquals(published.getId(), still.getId());
        assertEquals(published.getPublishedAt(), still.getPublishedAt());
        assertTrue(operator.call(() -> publishing.ofInstance(runs().instanceOf(run2)))
                .isEmpty());
        assertRow(clerk.call(() -> statistics.report(year)), m, unit, inMonth, yearToMonth);

        // With replace=true: the month's snapshot is replaced, the old one kept as replaced, audited.
        long run3 = runs().run(month, true);
        assertTrue(runs().exitStatus(run3).startsWith("REPLACED " + month), runs().exitStatus(run3));
        long instance3 = runs().instanceOf(run3);
        MonthlyPublication replacing =
                operator.call(() -> publishing.published(month)).orElseThrow();
        assertEquals(instance3, replacing.getJobInstanceId());
        MonthlyPublication replaced =
                operator.call(() -> publishing.ofInstance(instance1)).orElseThrow();
        assertEquals(PublicationStatus.REPLACED, replaced.getStatus());
        assertEquals("batch-jobs", replaced.getReplacedBy());
        assertEquals(instance3, replaced.getReplacedByInstance());
        assertNotNull(replaced.getReplacedAt());
        assertRow(clerk.call(() -> statistics.report(year)), m, unit, corrected, correctedYear);
        assertRow(admin.call(() -> statistics.report(year)), m, unit, corrected, correctedYear);
        // The old snapshot's lines are kept as they were.
        assertLine(
                operator.call(() -> publishing.lines(replaced.getId(), 0, 100)).get(1),
                ScopeKind.ENTERPRISE,
                A,
                unit,
                inMonth,
                yearToMonth);

        List<AuditEvent> history = admin.call(() -> audit.history(replacing.auditSubject()));
        assertEquals(
                List.of("PUBLISH", "REPLACE"),
                history.stream().map(AuditEvent::getAction).toList());
        AuditEvent replacement = history.get(1);
        assertEquals("batch-jobs", replacement.getActor());
        assertTrue(replacement.getFromState().contains("job instance " + instance1), replacement.getFromState());
        assertTrue(replacement.getToState().contains("job instance " + instance3), replacement.getToState());
        assertTrue(replacement.getReason().contains("replace=true"), replacement.getReason());
        assertTrue(replacement.getReason().contains("on behalf of " + MonthlyReportRuns.OPERATOR));
        assertTrue(replacement.getReason().contains(MonthlyReportRuns.REASON), replacement.getReason());

        // The job's report: the run's publication and its lines as an .xlsx.
        byte[] xlsx = operator.call(() -> report.xlsx(instance3, Locale.CHINA));
        assertReport(xlsx, month, unit);
        assertEquals("/batch/monthly-report.xhtml", operator.call(() -> report.page()));
        assertEquals(Jobs.MONTHLY_REPORT, operator.call(() -> report.job()));
    }

    @Test
    void theCurrentAndAFutureMonthAreRefused() throws Exception {
        YearMonth now = YearMonth.now(CHINA);
        for (YearMonth month : List.of(now, now.plusMonths(1))) {
            long run = runs().run(month, true);
            assertEquals("FAILED", runs().batchStatus(run));
            assertTrue(runs().exitStatus(run).startsWith("NOT_CLOSED " + month), runs().exitStatus(run));
            assertTrue(operator.call(() -> publishing.ofInstance(runs().instanceOf(run)))
                    .isEmpty());
            Optional<MonthlyPublication> none = operator.call(() -> publishing.published(month));
            assertTrue(none.isEmpty());
        }
    }

    private MonthlyReportRuns runs() {
        return new MonthlyReportRuns(asBatch, operations);
    }

    private interface Reader {
        MonthlyReport read(MonthlyFilter filter) throws Exception;
    }

    private static BigDecimal quantity(Application... applications) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Application a : applications) {
            sum = sum.add(a.getGoods().getQuantity());
        }
        return sum;
    }

    private static BigDecimal usd(Application... applications) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Application a : applications) {
            sum = sum.add(a.getGoods().getTotalUsd());
        }
        return sum;
    }

    private static void assertLine(
            SnapshotLine line, ScopeKind kind, String scope, String unit, Application[] month, Application[] year) {
        assertEquals(kind, line.scopeKind(), line.toString());
        assertEquals(scope, line.scopeCode(), line.toString());
        assertEquals(TIANJIN, line.authorityCode(), line.toString());
        assertEquals(unit, line.unitCode(), line.toString());
        assertEquals(month.length, line.licences(), line.toString());
        assertEquals(0, quantity(month).compareTo(line.quantity()), line.toString());
        assertEquals(0, usd(month).compareTo(line.totalUsd()), line.toString());
        assertEquals(year.length, line.cumulativeLicences(), line.toString());
        assertEquals(0, quantity(year).compareTo(line.cumulativeQuantity()), line.toString());
        assertEquals(0, usd(year).compareTo(line.cumulativeUsd()), line.toString());
    }

    private static void assertRow(
            MonthlyReport report, int month, String unit, Application[] inMonth, Application[] year) {
        MonthRow row = report.rows().stream()
                .filter(r -> r.month() == month && r.unitCode().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + month + "/" + unit + " in " + report.rows()));
        String shown = row.toString();
        assertEquals(inMonth.length, row.licences(), shown);
        assertEquals(0, quantity(inMonth).compareTo(row.quantity()), shown);
        assertEquals(0, usd(inMonth).compareTo(row.totalUsd()), shown);
        assertEquals(year.length, row.cumulativeLicences(), shown);
        assertEquals(0, quantity(year).compareTo(row.cumulativeQuantity()), shown);
        assertEquals(0, usd(year).compareTo(row.cumulativeUsd()), shown);
        assertNotEquals(0, row.licences());
    }

    private static void assertReport(byte[] xlsx, YearMonth month, String unit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("统计月报发布 " + month + " 已发布", sheet.getRow(0).getCell(0).getStringCellValue());
            int lines = 0;
            for (Row row : sheet) {
                if (row.getCell(3) != null && unit.equals(row.getCell(3).toString())) {
                    assertEquals(2, (long) row.getCell(4).getNumericCellValue(), "licences of the month");
                    assertEquals(3, (long) row.getCell(7).getNumericCellValue(), "licences of the year");
                    lines++;
                }
            }
            assertEquals(2, lines, "an authority's line and an enterprise's");
        }
    }
}
