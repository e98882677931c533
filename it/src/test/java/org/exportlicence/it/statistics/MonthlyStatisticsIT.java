package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsEnterpriseOwnScope;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.statistics.MonthRow;
import org.exportlicence.statistics.MonthlyFilter;
import org.exportlicence.statistics.MonthlyStatistics;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * 统计月报: licences of test enterprise A to Denmark (a country no other test uses), one issued in an
 * earlier month with the clock fixed, the rest today; what each caller's report gains is compared with
 * the figures of the applications the test made. Scope, the officer's enterprise condition, deletion,
 * the checks and the .xlsx.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyStatisticsIT {
    private static final String A = EnterpriseFixtures.ENTERPRISE_A;
    private static final String DENMARK = "302";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private MonthlyStatistics statistics;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseOwnScope ownScopeClerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @EJB
    private StatisticsData data;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private static String key(int month, String unit) {
        return month + "/" + unit;
    }

    private static Map<String, Figures> months(List<MonthRow> rows) {
        return Figures.byKey(
                rows, r -> key(r.month(), r.unitCode()), r -> new Figures(r.licences(), r.quantity(), r.totalUsd()));
    }

    private static Map<String, Figures> cumulative(List<MonthRow> rows) {
        return Figures.byKey(
                rows,
                r -> key(r.month(), r.unitCode()),
                r -> new Figures(r.cumulativeLicences(), r.cumulativeQuantity(), r.cumulativeUsd()));
    }

    /** The year's report of a caller, read through one of the run-as helpers. */
    private interface Reader {
        List<MonthRow> read(MonthlyFilter filter) throws Exception;
    }

    private ApplicationForm denmark() {
        ApplicationForm form = applicationFixtures.cokeForm();
        form.setCountryCode(DENMARK);
        form.setContractNo("HT-MONTHLY-" + System.nanoTime() % 1_000_000);
        return form;
    }

    @Test
    void monthsCumulativeFiguresAndScopes() throws Exception {
        LocalDate today = LocalDate.now(CHINA);
        int year = today.getYear();
        boolean earlierMonth = today.getMonthValue() > 1;
        LocalDate earlier = earlierMonth ? today.withDayOfMonth(10).minusMonths(1) : today;
        MonthlyFilter denmark = new MonthlyFilter(year, null, null, DENMARK, null);
        MonthlyFilter officersView = new MonthlyFilter(year, EnterpriseFixtures.TIANJIN, null, DENMARK, A);
        Reader company = f -> clerk.call(() -> statistics.months(f));
        Reader own = f -> ownScopeClerk.call(() -> statistics.months(f));
        Reader b = f -> otherClerk.call(() -> statistics.months(f));
        Reader authority = f -> officer.call(() -> statistics.months(f));
        Reader otherAuthority = f -> otherOfficer.call(() -> statistics.months(f));
        List<MonthRow> companyBefore = company.read(denmark);
        List<MonthRow> ownBefore = own.read(denmark);
        List<MonthRow> bBefore = b.read(denmark);
        List<MonthRow> authorityBefore = authority.read(officersView);
        List<MonthRow> otherAuthorityBefore = otherAuthority.read(officersView);

        // One licence issued on a day of the previous month, two today.
        StatisticsData.Issued early = data.issuedOn(denmark(), earlierMonth ? earlier : null);
        assertEquals(earlier, early.licence().getValidity().getIssueDate());
        ApplicationForm bigger = denmark();
        bigger.setQuantity(new BigDecimal("1234.5"));
        StatisticsData.Issued second = data.issued(bigger);
        StatisticsData.Issued third = data.issued(denmark());
        String unit = early.unit();
        Figures earlyFigures = early.figures();
        Figures todays = second.figures().plus(third.figures());
        Figures all = earlyFigures.plus(todays);
        Long tradeMode = early.application().getTrade().getTradeMode().getId();

        List<MonthRow> companyAfter = company.read(denmark);
        String thisMonth = key(today.getMonthValue(), unit);
        String earlyMonth = key(earlier.getMonthValue(), unit);
        if (earlierMonth) {
            assertSame(earlyFigures, Figures.gained(months(companyBefore), months(companyAfter), earlyMonth));
            assertSame(todays, Figures.gained(months(companyBefore), months(companyAfter), thisMonth));
            assertSame(earlyFigures, Figures.gained(cumulative(companyBefore), cumulative(companyAfter), earlyMonth));
        } else {
            assertSame(all, Figures.gained(months(companyBefore), months(companyAfter), thisMonth));
        }
        // The running sum over the months: this month's cumulative figures gained all three licences.
        assertSame(all, Figures.gained(cumulative(companyBefore), cumulative(companyAfter), thisMonth));
        for (MonthRow row : companyAfter) {
            assertTrue(row.month() >= 1 && row.month() <= 12, row.toString());
        }
        assertMonthOrder(companyAfter);

        // 本人 sees only what its user made (none of the clerk's); enterprise B nothing of A's.
        assertSame(Figures.NONE, Figures.gained(months(ownBefore), months(own.read(denmark)), thisMonth));
        assertSame(Figures.NONE, Figures.gained(months(bBefore), months(b.read(denmark)), thisMonth));
        // The officer of 特办天津 with the enterprise condition sees them; another authority's officer does not.
        List<MonthRow> authorityAfter = authority.read(officersView);
        assertSame(all, Figures.gained(cumulative(authorityBefore), cumulative(authorityAfter), thisMonth));
        assertSame(
                Figures.NONE,
                Figures.gained(months(otherAuthorityBefore), months(otherAuthority.read(officersView)), thisMonth));
        // The trade mode condition: the fixtures' 一般贸易 counts them, another trade mode does not.
        MonthlyFilter sameMode = new MonthlyFilter(year, null, tradeMode, DENMARK, null);
        assertEquals(months(company.read(denmark)), months(company.read(sameMode)));

        // A deleted licence is no longer counted.
        data.delete(third.licence().getNumber());
        assertSame(
                all.minus(third.figures()),
                Figures.gained(cumulative(companyBefore), cumulative(company.read(denmark)), thisMonth));

        // The .xlsx holds the same numbers as the report.
        List<MonthRow> rows = company.read(denmark);
        byte[] xlsx = clerk.call(() -> statistics.xlsx(denmark, Locale.CHINA));
        assertXlsx(rows, xlsx);
    }

    private static void assertMonthOrder(List<MonthRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).month() <= rows.get(i).month(), rows.toString());
        }
    }

    private static void assertXlsx(List<MonthRow> rows, byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("统计月报", sheet.getRow(0).getCell(0).getStringCellValue());
            int matched = 0;
            for (Row row : sheet) {
                if (row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                int month = (int) row.getCell(0).getNumericCellValue();
                String unit = row.getCell(1).getStringCellValue();
                MonthRow expected = rows.stream()
                        .filter(r -> r.month() == month && r.unitCode().equals(unit))
                        .findFirst()
                        .orElseThrow();
                assertEquals(expected.licences(), (long) row.getCell(2).getNumericCellValue());
                assertEquals(expected.quantity().doubleValue(), row.getCell(3).getNumericCellValue(), 0.001);
                assertEquals(expected.totalUsd().doubleValue(), row.getCell(4).getNumericCellValue(), 0.001);
                assertEquals(
                        expected.cumulativeLicences(), (long) row.getCell(5).getNumericCellValue());
                assertEquals(
                        expected.cumulativeUsd().doubleValue(), row.getCell(7).getNumericCellValue(), 0.001);
                matched++;
            }
            assertEquals(rows.size(), matched);
        }
    }

    @Test
    void badConditionsAreRefusedAndNothingIsComputed() {
        int year = LocalDate.now(CHINA).getYear();
        assertField(
                "countryCode",
                "statistics.monthly.error.country",
                () -> clerk.call(() -> statistics.months(new MonthlyFilter(year, null, null, "ZZZ", null))));
        assertField(
                "year",
                "statistics.monthly.error.year",
                () -> clerk.call(() -> statistics.months(new MonthlyFilter(1999, null, null, null, null))));
        assertField(
                "enterpriseCode",
                "statistics.monthly.error.code13",
                () -> officer.call(() -> statistics.months(new MonthlyFilter(year, null, null, null, "123"))));
    }

    static void assertSame(Figures expected, Figures actual) {
        assertTrue(expected.sameAs(actual), "expected " + expected + " but was " + actual);
    }

    static void assertField(String field, String key, Executable call) {
        BusinessException refused = Refusals.refusal(call);
        List<FieldError> errors = refused instanceof ValidationException v
                ? v.errors()
                : List.of(new FieldError(refused.field(), refused.messageKey()));
        assertTrue(
                errors.stream().anyMatch(e -> Objects.equals(field, e.field()) && key.equals(e.messageKey())),
                "expected " + field + "/" + key + " in " + errors);
    }
}
