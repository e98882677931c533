package org.exportlicence.it.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsOtherQuotaOfficer;
import org.exportlicence.it.roles.AsQuotaOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.quota.ImportReport;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaAllocation;
import org.exportlicence.quota.QuotaCommands;
import org.exportlicence.quota.QuotaExport;
import org.exportlicence.quota.QuotaFilter;
import org.exportlicence.quota.QuotaImport;
import org.exportlicence.quota.QuotaQueries;
import org.exportlicence.quota.QuotaRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** 配额管理: allocation rules, adjustments never below use, all-or-nothing import, the authority's scope. */
@ExtendWith(ArquillianExtension.class)
class QuotaAllocationIT {
    private static final String A = EnterpriseFixtures.ENTERPRISE_A;
    private static final String RICE = "06";
    private static final String KG = "035";

    @EJB
    private QuotaCommands commands;

    @EJB
    private QuotaQueries queries;

    @EJB
    private QuotaImport imports;

    @EJB
    private QuotaExport exports;

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsQuotaOfficer officer;

    @EJB
    private AsOtherQuotaOfficer otherOfficer;

    @EJB
    private AsEnterprise clerk;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    /** A document number no run has used (the test database outlives runs). */
    private static String newNumber() {
        return "2026-DM-TJ-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static QuotaAllocation rice(String enterprise, String number, String quantity) {
        return new QuotaAllocation(enterprise, 2026, RICE, number, new BigDecimal(quantity), KG, null, null, null);
    }

    private Quota allocate(QuotaAllocation allocation) throws Exception {
        return officer.call(() -> commands.allocate(allocation));
    }

    private static void assertField(String field, String key, Executable call) {
        BusinessException refused = Refusals.refusal(call);
        List<FieldError> errors = refused instanceof ValidationException v
                ? v.errors()
                : List.of(new FieldError(refused.field(), refused.messageKey()));
        assertTrue(
                errors.stream().anyMatch(e -> Objects.equals(field, e.field()) && key.equals(e.messageKey())),
                "expected " + field + "/" + key + " in " + errors);
    }

    private long listed(AsQuotaOfficerLike who, String number) throws Exception {
        return who.call(() -> queries.list(new QuotaFilter(null, null, null, number), PageRequest.of(0, 20))
                .total());
    }

    @Test
    void anAllocationIsCheckedAndItsNumberIsUnique() throws Exception {
        String number = newNumber();
        Quota quota = allocate(rice(A, number, "1000.5"));
        assertEquals(0, new BigDecimal("1000.5").compareTo(quota.getTotal()));
        assertEquals(EnterpriseFixtures.TIANJIN, quota.getAuthority().getCode());
        assertEquals("run-as-quota-officer", quota.getAllocatedBy());

        assertField(
                "documentNo",
                "quota.error.documentNoTaken",
                () -> allocate(rice(EnterpriseFixtures.ENTERPRISE_B, number, "1")));
        assertField("documentNo", "quota.error.documentNoFormat", () -> allocate(rice(A, "2026-dm-tj-1", "1")));
        assertField("documentNo", "quota.error.documentNoYear", () -> allocate(rice(A, "2025-DM-TJ-000001", "1")));
        assertField("quantity", "quota.error.quantityFormat", () -> allocate(rice(A, newNumber(), "1.0001")));
        assertField("quantity", "quota.error.quantityPositive", () -> allocate(rice(A, newNumber(), "0")));
        assertField(
                "categoryCode",
                "quota.error.categoryNotQuota",
                () -> allocate(new QuotaAllocation(A, 2026, "焦炭", newNumber(), BigDecimal.ONE, KG, null, null, null)));
        assertField(
                "tradeModeCode",
                "quota.error.tradeModeUnknown",
                () -> allocate(
                        new QuotaAllocation(A, 2026, RICE, newNumber(), BigDecimal.ONE, KG, "9999", null, null)));
        assertField(
                "authorityCode",
                "quota.error.authorityNotOwn",
                () -> allocate(new QuotaAllocation(A, 2026, RICE, newNumber(), BigDecimal.ONE, KG, null, null, "QLB")));
        // 活鸡 is a quota for Hong Kong only.
        assertField(
                "countryCode",
                "quota.error.marketRequired",
                () -> allocate(new QuotaAllocation(A, 2026, "活鸡", newNumber(), BigDecimal.ONE, KG, null, null, null)));
        assertField(
                "countryCode",
                "quota.error.marketNotAllowed",
                () -> allocate(new QuotaAllocation(A, 2026, "活鸡", newNumber(), BigDecimal.ONE, KG, null, "116", null)));
        Quota chicken =
                allocate(new QuotaAllocation(A, 2026, "活鸡", newNumber(), BigDecimal.ONE, KG, null, "110", null));
        assertEquals("110", chicken.getCountry().getCode());

        List<AuditEvent> history = officer.call(() -> queries.history(quota.getId()));
        assertEquals("ALLOCATE", history.get(0).getAction());
        assertEquals("1000.5", history.get(0).getToState());
    }

    @Test
    void anOfficerAllocatesOnlyToTheirRegionAndSeesOnlyTheirAuthoritysQuotas() throws Exception {
        String number = newNumber();
        assertField(
                "enterpriseCode",
                "quota.error.enterpriseOutsideRegion",
                () -> otherOfficer.call(() -> commands.allocate(rice(A, number, "10"))));
        Quota quota = allocate(rice(A, number, "10"));
        assertEquals(1, listed(officer::call, number));
        assertEquals(0, listed(otherOfficer::call, number));
        BusinessException notFound = Refusals.refusal(() -> otherOfficer.call(() -> queries.find(quota.getId())));
        assertEquals("error.notFound", notFound.messageKey());
        Refusals.refusal(() -> otherOfficer.call(() -> commands.withdraw(quota.getId(), quota.getVersion(), "x")));
        assertEquals(
                0,
                new BigDecimal("10")
                        .compareTo(
                                officer.call(() -> queries.find(quota.getId())).getTotal()));
    }

    @Test
    void anEnterpriseUserCannotAdministerQuotas() {
        Refusals.assertAccessDenied(() -> clerk.call(() -> commands.allocate(rice(A, newNumber(), "1"))));
        Refusals.assertAccessDenied(() -> clerk.call(() -> commands.withdraw(1L, 0, "x")));
        Refusals.assertAccessDenied(() -> clerk.call(() -> queries.list(QuotaFilter.none(), PageRequest.of(0, 5))));
        Refusals.assertAccessDenied(() -> clerk.call(() -> imports.importAll("a.csv", new byte[0])));
    }

    @Test
    void adjustmentsNeverGoBelowWhatLicencesUse() throws Exception {
        String number = newNumber();
        Quota quota = allocate(rice(A, number, "1000"));
        testLicences.issued(applicationFixtures.riceForm(number, new BigDecimal("600")));
        Quota used = officer.call(() -> queries.find(quota.getId()));
        assertEquals(0, new BigDecimal("600").compareTo(used.getUsed()));

        assertField(
                "quantity",
                "quota.error.belowUsed",
                () -> officer.call(
                        () -> commands.decrease(used.getId(), used.getVersion(), new BigDecimal("400.001"), "调减")));
        assertField(
                "reason",
                "quota.error.reasonRequired",
                () -> officer.call(() -> commands.decrease(used.getId(), used.getVersion(), BigDecimal.ONE, " ")));
        Quota unchanged = officer.call(() -> queries.find(quota.getId()));
        assertEquals(0, new BigDecimal("1000").compareTo(unchanged.getTotal()));
        assertEquals(used.getVersion(), unchanged.getVersion());

        Quota lower =
                officer.call(() -> commands.decrease(used.getId(), used.getVersion(), new BigDecimal("300"), "调减"));
        assertEquals(0, new BigDecimal("700").compareTo(lower.getTotal()));
        assertField(
                null,
                "error.staleData",
                () -> officer.call(() -> commands.increase(used.getId(), used.getVersion(), BigDecimal.TEN, "stale")));
        Quota higher =
                officer.call(() -> commands.increase(lower.getId(), lower.getVersion(), new BigDecimal("50"), "增加"));
        Quota withdrawn = officer.call(() -> commands.withdraw(higher.getId(), higher.getVersion(), "年中收回"));
        assertEquals(0, withdrawn.getUsed().compareTo(withdrawn.getTotal()));
        assertEquals(0, new BigDecimal("600").compareTo(withdrawn.getTotal()));

        QuotaRow row = officer.call(() -> queries.list(new QuotaFilter(2026, RICE, A, number), PageRequest.of(0, 5)))
                .rows()
                .get(0);
        assertEquals(1, row.licences());
        List<String> actions = officer.call(() -> queries.history(quota.getId())).stream()
                .map(e -> e.getAction() + " " + e.getFromState() + "→" + e.getToState() + " " + e.getReason())
                .toList();
        assertEquals("DECREASE 1000.000→700.000 调减", actions.get(1), actions.toString());
        assertTrue(actions.get(2).startsWith("INCREASE 700.000→750.000 增加"), actions.toString());
        assertTrue(actions.get(3).startsWith("WITHDRAW 750.000→600.000 年中收回"), actions.toString());
    }

    @Test
    void goodListsAreImportedWhole() throws Exception {
        String first = newNumber();
        String second = newNumber();
        String csv = "企业代码,年度,商品类别,配额文号,数量,计量单位代码,贸易方式代码,进口国（地区）代码,发证机构代码\r\n"
                + A + ",2026,06," + first + ",100," + KG + ",,,\r\n"
                + "\"" + EnterpriseFixtures.ENTERPRISE_B + "\",2026,大米," + second + ",\"2,000.5\"," + KG
                + ",0615,116,TB-天津\r\n";
        ImportReport report = officer.call(() -> imports.importAll("list.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.isGood(), report.toString());
        assertEquals(2, report.imported());
        assertEquals(1, listed(officer::call, first));
        Quota restricted = officer.call(
                        () -> queries.list(new QuotaFilter(null, null, null, second), PageRequest.of(0, 5)))
                .rows()
                .get(0)
                .quota();
        assertEquals("0615", restricted.getTradeMode().getCode());

        String third = newNumber();
        byte[] xlsx = xlsx(new Object[] {A, 2026, RICE, third, 42.125, KG, "", "", ""});
        ImportReport fromExcel = officer.call(() -> imports.importAll("list.xlsx", xlsx));
        assertTrue(fromExcel.isGood(), fromExcel.toString());
        assertEquals(1, fromExcel.imported());
        byte[] export = officer.call(() -> exports.xlsx(new QuotaFilter(null, null, null, third), Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            assertEquals(third, book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
        }
        assertTrue(officer.call(() -> imports.template("xlsx", Locale.CHINA)).length > 0);
    }

    @Test
    void aListWithOneBadRowImportsNothingAndReportsIt() throws Exception {
        String good = newNumber();
        String twice = newNumber();
        String csv = "header\n"
                + A + ",2026,06," + good + ",100," + KG + ",,,\n"
                + "9999999999999,2026,06," + twice + ",100," + KG + ",,,\n"
                + A + ",2026,06," + twice + ",5," + KG + ",,,\n";
        ImportReport report = officer.call(() -> imports.importAll("list.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, report.imported());
        assertEquals(3, report.rows());
        assertEquals(2, report.problems().size(), report.toString());
        assertEquals(3, report.problems().get(0).row());
        assertEquals("enterpriseCode", report.problems().get(0).column());
        assertEquals("quota.error.enterpriseUnknown", report.problems().get(0).messageKey());
        assertEquals(4, report.problems().get(1).row());
        assertEquals("quota.error.documentNoTwice", report.problems().get(1).messageKey());
        assertEquals(0, listed(officer::call, good));
        assertEquals(0, listed(officer::call, twice));
    }

    @Test
    void anApplicationMustMeetTheQuotasRestrictions() throws Exception {
        String processingOnly = newNumber();
        allocate(new QuotaAllocation(A, 2026, RICE, processingOnly, new BigDecimal("100"), KG, "0615", null, null));
        ApplicationForm general = applicationFixtures.riceForm(processingOnly, BigDecimal.TEN);
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> applicationEntry.saveAndSeal(general)));
        assertTrue(
                ((ValidationException) refused)
                        .errors().stream()
                                .anyMatch(e -> "quotaDocumentNo".equals(e.field())
                                        && "application.error.quotaRestricted".equals(e.messageKey())),
                refused.toString());

        String japanOnly = newNumber();
        allocate(new QuotaAllocation(A, 2026, RICE, japanOnly, new BigDecimal("100"), KG, "0110", "116", null));
        Application saved =
                clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.riceForm(japanOnly, BigDecimal.TEN)));
        assertEquals(japanOnly, saved.getGoods().getQuotaDocumentNo());
    }

    private static byte[] xlsx(Object[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("header");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Any of the quota officers' role helpers. */
    @FunctionalInterface
    private interface AsQuotaOfficerLike {
        <T> T call(org.exportlicence.it.roles.Action<T> action) throws Exception;
    }
}
