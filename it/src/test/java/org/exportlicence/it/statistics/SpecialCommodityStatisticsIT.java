package org.exportlicence.it.statistics;

import static org.exportlicence.it.support.Refusals.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.statistics.SpecialCommodity;
import org.exportlicence.statistics.SpecialCommodityStatistics;
import org.exportlicence.statistics.SpecialFilter;
import org.exportlicence.statistics.SpecialLicenceRow;
import org.exportlicence.statistics.SpecialTotalRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 大米/焦炭专项查询/统计 over licences of test enterprise A under a contract number of this run: the list,
 * the groups and the per-unit totals equal what is computed here from the forms' quantities and prices
 * (an average price is Σamount ÷ Σquantity, which the data makes differ from the mean of the prices);
 * enterprise B and the other authority see none of them; a clerk cannot reach another enterprise.
 */
@ExtendWith(ArquillianExtension.class)
class SpecialCommodityStatisticsIT {
    /** One licence the test issues: its goods, as typed on the form. */
    record Input(String specification, String country, BigDecimal quantity, BigDecimal price) {
        BigDecimal amount() {
            return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private static final List<Input> RICE = List.of(
            new Input("一级", "116", new BigDecimal("1000"), new BigDecimal("0.6500")),
            new Input("一级", "116", new BigDecimal("3000"), new BigDecimal("0.5000")),
            new Input("二级", "133", new BigDecimal("2000"), new BigDecimal("0.7000")));
    private static final List<Input> COKE = List.of(
            new Input("一级", "116", new BigDecimal("200"), new BigDecimal("250.0000")),
            new Input("一级", "116", new BigDecimal("600"), new BigDecimal("210.0000")));

    /** This run's contract number and what its licences were issued as (made once per run of the class). */
    private static String contract;

    private static final List<Licence> RICE_LICENCES = new ArrayList<>();
    private static final List<Licence> COKE_LICENCES = new ArrayList<>();

    @EJB
    private SpecialCommodityStatistics statistics;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @EJB
    private AsAdministrator administrator;

    @BeforeEach
    void licences() throws Exception {
        enterpriseFixtures.ensureUsers();
        if (contract != null) {
            return;
        }
        String number = "SP" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L);
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("100000"));
        for (Input in : RICE) {
            RICE_LICENCES.add(
                    testLicences.issued(form(applicationFixtures.riceForm(quota, in.quantity()), in, number)));
        }
        for (Input in : COKE) {
            COKE_LICENCES.add(testLicences.issued(form(applicationFixtures.cokeForm(), in, number)));
        }
        contract = number;
    }

    private static ApplicationForm form(ApplicationForm form, Input in, String contractNo) {
        form.setContractNo(contractNo);
        form.setSpecification(in.specification());
        form.setCountryCode(in.country());
        form.setQuantity(in.quantity());
        form.setUnitPrice(in.price());
        return form;
    }

    private static SpecialFilter filter(SpecialCommodity commodity) {
        return new SpecialFilter(commodity, contract, null, null, null, null, null, null);
    }

    private static BigDecimal sum(List<Input> inputs, java.util.function.Function<Input, BigDecimal> figure) {
        return inputs.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal price(BigDecimal amount, BigDecimal quantity) {
        return amount.divide(quantity, 4, RoundingMode.HALF_UP);
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void theListShowsEachLicenceWithItsAmountAndPriceSortedByTheDatabase() throws Exception {
        ResultPage<SpecialLicenceRow> page = clerk.call(
                () -> statistics.licences(filter(SpecialCommodity.RICE), new PageRequest(0, 2, "quantity", false)));
        assertEquals(RICE.size(), page.total());
        assertEquals(2, page.rows().size());
        List<Input> byQuantity = RICE.stream()
                .sorted((x, y) -> y.quantity().compareTo(x.quantity()))
                .toList();
        for (int i = 0; i < 2; i++) {
            SpecialLicenceRow row = page.rows().get(i);
            Input in = byQuantity.get(i);
            assertSame(in.quantity(), row.quantity());
            assertSame(in.amount(), row.amountUsd());
            assertSame(price(in.amount(), in.quantity()), row.unitPriceUsd());
            assertEquals(EnterpriseFixtures.ENTERPRISE_A, row.exporterCode());
            assertEquals(in.country(), row.countryCode());
            assertTrue(row.productName().endsWith("（" + in.specification() + "）"), row.productName());
        }
        Licence first = RICE_LICENCES.get(0);
        SpecialLicenceRow byNumber = clerk
                .call(() ->
                        statistics.licences(filter(SpecialCommodity.RICE), new PageRequest(0, 10, "licenceNo", true)))
                .rows()
                .stream()
                .filter(r -> r.licenceNo().equals(first.getNumber()))
                .findFirst()
                .orElseThrow();
        assertEquals(first.getValidity().getIssueDate(), byNumber.issueDate());
        // Coke is not rice: the same contract's coke licences are on the coke list only.
        assertEquals(
                COKE.size(),
                clerk.call(() -> statistics.licences(filter(SpecialCommodity.COKE), PageRequest.countOnly()))
                        .total());
    }

    @Test
    void statisticsGroupByProductExporterAndCountryWithAnAveragePriceOfTheSums() throws Exception {
        List<SpecialTotalRow> rows = clerk.call(() -> statistics.totals(filter(SpecialCommodity.RICE)));
        // 一级 to Japan (two licences), 二级 to Korea (one), the total line of 千克.
        assertEquals(3, rows.size(), rows.toString());
        List<Input> first = RICE.subList(0, 2);
        SpecialTotalRow group = rows.stream()
                .filter(r -> !r.isTotal() && "116".equals(r.countryCode()))
                .findFirst()
                .orElseThrow();
        assertEquals(2, group.licences());
        BigDecimal quantity = sum(first, Input::quantity);
        BigDecimal amount = sum(first, Input::amount);
        assertSame(quantity, group.quantity());
        assertSame(amount, group.amountUsd());
        assertSame(price(amount, quantity), group.averageUnitPriceUsd());
        BigDecimal meanOfPrices = sum(first, in -> price(in.amount(), in.quantity()))
                .divide(BigDecimal.valueOf(first.size()), 4, RoundingMode.HALF_UP);
        assertNotEquals(0, meanOfPrices.compareTo(group.averageUnitPriceUsd()));
        assertEquals(EnterpriseFixtures.ENTERPRISE_A, group.exporterCode());

        SpecialTotalRow total = rows.get(rows.size() - 1);
        assertTrue(total.isTotal());
        assertEquals(RICE.size(), total.licences());
        assertSame(sum(RICE, Input::quantity), total.quantity());
        assertSame(sum(RICE, Input::amount), total.amountUsd());
        assertSame(price(sum(RICE, Input::amount), sum(RICE, Input::quantity)), total.averageUnitPriceUsd());

        List<SpecialTotalRow> coke = officer.call(() -> statistics.totals(filter(SpecialCommodity.COKE)));
        assertEquals(2, coke.size(), coke.toString());
        assertEquals(COKE.size(), coke.get(0).licences());
        assertSame(
                price(sum(COKE, Input::amount), sum(COKE, Input::quantity)),
                coke.get(0).averageUnitPriceUsd());
        assertSame(new BigDecimal("220"), coke.get(1).averageUnitPriceUsd());
    }

    @Test
    void eachConditionNarrowsTheLicences() throws Exception {
        assertEquals(
                1,
                count(
                        clerk::call,
                        new SpecialFilter(SpecialCommodity.RICE, contract, null, null, "二级", null, null, null)));
        assertEquals(
                1,
                count(
                        clerk::call,
                        new SpecialFilter(SpecialCommodity.RICE, contract, null, "133", null, null, null, null)));
        // 合同号 is a prefix too: this run's number's first ten characters still find its licences.
        assertTrue(count(
                        clerk::call,
                        new SpecialFilter(
                                SpecialCommodity.RICE, contract.substring(0, 10), null, null, null, null, null, null))
                >= RICE.size());
        Licence coke = COKE_LICENCES.get(0);
        int year = coke.getValidity().getLicenceYear();
        LocalDate day = coke.getValidity().getIssueDate();
        assertEquals(
                2,
                count(
                        clerk::call,
                        new SpecialFilter(SpecialCommodity.COKE, contract, year, null, null, null, day, day)));
        assertEquals(
                0,
                count(
                        clerk::call,
                        new SpecialFilter(SpecialCommodity.COKE, contract, year + 1, null, null, null, null, null)));
        assertEquals(
                0,
                count(
                        clerk::call,
                        new SpecialFilter(
                                SpecialCommodity.COKE, contract, null, null, null, null, day.plusDays(1), null)));
        assertEquals(
                0,
                count(
                        clerk::call,
                        new SpecialFilter(
                                SpecialCommodity.COKE, contract, null, null, null, null, null, day.minusDays(1))));
        // An officer picks one exporter, or all of the authority's.
        assertEquals(
                2,
                count(
                        officer::call,
                        new SpecialFilter(
                                SpecialCommodity.COKE,
                                contract,
                                null,
                                null,
                                null,
                                EnterpriseFixtures.ENTERPRISE_A,
                                null,
                                null)));
        assertEquals(
                0,
                count(
                        officer::call,
                        new SpecialFilter(
                                SpecialCommodity.COKE,
                                contract,
                                null,
                                null,
                                null,
                                EnterpriseFixtures.ENTERPRISE_B,
                                null,
                                null)));
        assertEquals(2, count(administrator::call, filter(SpecialCommodity.COKE)));
    }

    @Test
    void noOneOutsideTheEnterpriseAndItsAuthoritySeesItsLicences() throws Exception {
        assertEquals(0, count(otherClerk::call, filter(SpecialCommodity.RICE)));
        assertEquals(
                0,
                otherClerk
                        .call(() -> statistics.totals(filter(SpecialCommodity.RICE)))
                        .size());
        assertEquals(0, count(otherOfficer::call, filter(SpecialCommodity.RICE)));
        assertEquals(
                0,
                otherOfficer
                        .call(() -> statistics.totals(filter(SpecialCommodity.COKE)))
                        .size());
        // B's clerk typing A's code, and A's clerk typing B's: each still sees only their own enterprise.
        assertEquals(
                0,
                count(
                        otherClerk::call,
                        new SpecialFilter(
                                SpecialCommodity.RICE,
                                contract,
                                null,
                                null,
                                null,
                                EnterpriseFixtures.ENTERPRISE_A,
                                null,
                                null)));
        assertEquals(
                3,
                count(
                        clerk::call,
                        new SpecialFilter(
                                SpecialCommodity.RICE,
                                contract,
                                null,
                                null,
                                null,
                                EnterpriseFixtures.ENTERPRISE_B,
                                null,
                                null)));
    }

    @Test
    void conditionsThatSelectNothingAreRefusedWithTheirField() throws Exception {
        ValidationException code = (ValidationException) refusal(() -> officer.call(() -> statistics.licences(
                new SpecialFilter(SpecialCommodity.RICE, null, null, null, null, "abc", null, null),
                PageRequest.countOnly())));
        assertEquals("exporterCode", code.field());
        ValidationException year = (ValidationException) refusal(() -> clerk.call(() -> statistics.totals(
                new SpecialFilter(SpecialCommodity.COKE, null, 20260, null, null, null, null, null))));
        assertEquals("quotaYear", year.field());
        ValidationException range =
                (ValidationException) refusal(() -> clerk.call(() -> statistics.totals(new SpecialFilter(
                        SpecialCommodity.COKE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 1)))));
        assertEquals("issuedTo", range.field());
        assertEquals(
                "statistics.special.error.commodity",
                refusal(() -> clerk.call(() ->
                                statistics.totals(new SpecialFilter(null, null, null, null, null, null, null, null))))
                        .messageKey());
    }

    @Test
    void workbooksHoldTheSameFiguresAsTheScreens() throws Exception {
        byte[] list = clerk.call(() -> statistics.licencesXlsx(filter(SpecialCommodity.RICE), Locale.CHINESE));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("大米专项查询", sheet.getRow(0).getCell(0).getStringCellValue());
            int header = headerRow(sheet, "许可证号");
            assertTrue(
                    text(sheet, "出口商代码").contains(EnterpriseFixtures.ENTERPRISE_A),
                    "the clerk's own code is a condition");
            BigDecimal quantity = BigDecimal.ZERO;
            BigDecimal amount = BigDecimal.ZERO;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(CellType.NUMERIC, row.getCell(1).getCellType(), "the issue date is a date cell");
                quantity = quantity.add(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()));
                amount = amount.add(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()));
            }
            assertEquals(RICE.size(), sheet.getLastRowNum() - header);
            assertSame(sum(RICE, Input::quantity), quantity);
            assertSame(sum(RICE, Input::amount), amount);
        }
        byte[] totals = officer.call(() -> statistics.totalsXlsx(filter(SpecialCommodity.COKE), Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(totals))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Coke licence statistics", sheet.getRow(0).getCell(0).getStringCellValue());
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(COKE.size(), (int) total.getCell(5).getNumericCellValue());
            assertSame(
                    sum(COKE, Input::quantity),
                    BigDecimal.valueOf(total.getCell(6).getNumericCellValue()));
            assertSame(
                    sum(COKE, Input::amount),
                    BigDecimal.valueOf(total.getCell(7).getNumericCellValue()));
            assertSame(
                    new BigDecimal("220"), BigDecimal.valueOf(total.getCell(8).getNumericCellValue()));
        }
    }

    /** One of the As* run-as beans' call, for a count under a filter. */
    @FunctionalInterface
    interface Reader {
        Long call(org.exportlicence.it.roles.Action<Long> action) throws Exception;
    }

    private long count(Reader as, SpecialFilter filter) throws Exception {
        return as.call(
                () -> statistics.licences(filter, PageRequest.countOnly()).total());
    }

    private static int headerRow(Sheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header " + first);
    }

    /** The value of a condition line (label, value) above the header. */
    private static String text(Sheet sheet, String label) {
        return sheet.getRow(headerRow(sheet, label)).getCell(1).getStringCellValue();
    }
}
