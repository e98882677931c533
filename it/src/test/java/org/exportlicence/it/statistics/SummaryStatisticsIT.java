package org.exportlicence.it.statistics;

import static org.exportlicence.it.statistics.MonthlyStatisticsIT.assertField;
import static org.exportlicence.it.statistics.MonthlyStatisticsIT.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.statistics.SummaryFilter;
import org.exportlicence.statistics.SummaryGrouping;
import org.exportlicence.statistics.SummaryRow;
import org.exportlicence.statistics.SummaryStatistics;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 综合统计: two 焦炭 licences and one 大米 licence of test enterprise A to France (a country no other
 * test uses), applied for today; what each grouping gains is compared with the applications' figures.
 */
@ExtendWith(ArquillianExtension.class)
class SummaryStatisticsIT {
    private static final String A = EnterpriseFixtures.ENTERPRISE_A;
    private static final String FRANCE = "305";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private SummaryStatistics statistics;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private StatisticsData data;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer officer;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private static SummaryFilter france(SummaryGrouping grouping, String consignor, String enterprise) {
        LocalDate today = LocalDate.now(CHINA);
        return new SummaryFilter(null, today, today, consignor, FRANCE, null, grouping, enterprise);
    }

    private static Map<String, Figures> groups(List<SummaryRow> rows) {
        return Figures.byKey(
                rows,
                r -> r.groupCode() + "/" + r.unitCode(),
                r -> new Figures(r.licences(), r.quantity(), r.totalUsd()));
    }

    private ApplicationForm toFrance(ApplicationForm form) {
        form.setCountryCode(FRANCE);
        return form;
    }

    @Test
    void groupsByCategoryCommodityAndEnterprise() throws Exception {
        SummaryFilter byCategory = france(SummaryGrouping.CATEGORY, "0000000000000", null);
        SummaryFilter byCommodity = france(SummaryGrouping.COMMODITY, null, null);
        SummaryFilter byEnterprise = france(SummaryGrouping.ENTERPRISE, A, A);
        List<SummaryRow> categoryBefore = clerk.call(() -> statistics.groups(byCategory));
        List<SummaryRow> commodityBefore = clerk.call(() -> statistics.groups(byCommodity));
        List<SummaryRow> bBefore = otherClerk.call(() -> statistics.groups(byCategory));
        List<SummaryRow> enterpriseBefore = officer.call(() -> statistics.groups(byEnterprise));
        LocalDate today = LocalDate.now(CHINA);
        SummaryFilter otherPort =
                new SummaryFilter(null, today, today, null, FRANCE, "0100", SummaryGrouping.CATEGORY, null);
        List<SummaryRow> otherPortBefore = clerk.call(() -> statistics.groups(otherPort));

        StatisticsData.Issued coke1 = data.issued(toFrance(applicationFixtures.cokeForm()));
        ApplicationForm more = toFrance(applicationFixtures.cokeForm());
        more.setQuantity(new BigDecimal("7777"));
        StatisticsData.Issued coke2 = data.issued(more);
        String quota = enterpriseFixtures.quota(A, "06", new BigDecimal("1000"));
        StatisticsData.Issued rice =
                data.issued(toFrance(applicationFixtures.riceForm(quota, new BigDecimal("120.5"))));

        String cokeCategory = coke1.application().getGoods().getCommodity().getCategoryCode();
        String riceCategory = rice.application().getGoods().getCommodity().getCategoryCode();
        String cokeKey = cokeCategory + "/" + coke1.unit();
        String riceKey = riceCategory + "/" + rice.unit();
        Figures cokes = coke1.figures().plus(coke2.figures());

        // A clerk's consignor is their own enterprise's code whatever is typed ("0000000000000" above).
        List<SummaryRow> categoryAfter = clerk.call(() -> statistics.groups(byCategory));
        assertSame(cokes, Figures.gained(groups(categoryBefore), groups(categoryAfter), cokeKey));
        assertSame(rice.figures(), Figures.gained(groups(categoryBefore), groups(categoryAfter), riceKey));
        SummaryRow cokeRow = categoryAfter.stream()
                .filter(r -> r.groupCode().equals(cokeCategory))
                .findFirst()
                .orElseThrow();
        assertNotNull(cokeRow.groupName(), "the category's name from the catalogue");

        List<SummaryRow> commodityAfter = clerk.call(() -> statistics.groups(byCommodity));
        String cokeCommodity = coke1.application().getGoods().getCommodityCode() + "/" + coke1.unit();
        String riceCommodity = rice.application().getGoods().getCommodityCode() + "/" + rice.unit();
        assertSame(cokes, Figures.gained(groups(commodityBefore), groups(commodityAfter), cokeCommodity));
        assertSame(rice.figures(), Figures.gained(groups(commodityBefore), groups(commodityAfter), riceCommodity));
        assertTrue(commodityAfter.stream()
                .anyMatch(
                        r -> r.groupName().equals(coke1.application().getGoods().getCommodityName())));

        // Enterprise B never counts A's licences.
        assertEquals(groups(bBefore), groups(otherClerk.call(() -> statistics.groups(byCategory))));

        // The officer groups by enterprise, with A's consignor code and enterprise condition.
        List<SummaryRow> enterpriseAfter = officer.call(() -> statistics.groups(byEnterprise));
        Map<String, Figures> expected = new java.util.HashMap<>();
        expected.merge(A + "/" + coke1.unit(), cokes, Figures::plus);
        expected.merge(A + "/" + rice.unit(), rice.figures(), Figures::plus);
        expected.forEach((key, figures) ->
                assertSame(figures, Figures.gained(groups(enterpriseBefore), groups(enterpriseAfter), key)));
        assertTrue(enterpriseAfter.stream().allMatch(r -> r.groupCode().equals(A)), enterpriseAfter.toString());

        // The port condition: the fixtures ship from 0200; through another port none of them count.
        assertEquals(groups(otherPortBefore), groups(clerk.call(() -> statistics.groups(otherPort))));

        // The .xlsx holds the same rows.
        List<SummaryRow> rows = clerk.call(() -> statistics.groups(byCommodity));
        byte[] xlsx = clerk.call(() -> statistics.xlsx(byCommodity, Locale.CHINA));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("综合统计", sheet.getRow(0).getCell(0).getStringCellValue());
            int matched = 0;
            for (Row row : sheet) {
                for (SummaryRow r : rows) {
                    if (row.getCell(0) != null
                            && r.groupCode().equals(row.getCell(0).getStringCellValue())
                            && row.getCell(2) != null
                            && r.unitCode().equals(row.getCell(2).getStringCellValue())) {
                        assertEquals(r.licences(), (long) row.getCell(3).getNumericCellValue());
                        assertEquals(r.quantity().doubleValue(), row.getCell(4).getNumericCellValue(), 0.001);
                        assertEquals(r.totalUsd().doubleValue(), row.getCell(5).getNumericCellValue(), 0.001);
                        matched++;
                    }
                }
            }
            assertEquals(rows.size(), matched);
        }
    }

    @Test
    void badConditionsAreRefused() {
        LocalDate today = LocalDate.now(CHINA);
        assertField(
                "countryCode",
                "statistics.monthly.error.country",
                () -> clerk.call(() -> statistics.groups(
                        new SummaryFilter(null, null, null, null, "ZZZ", null, SummaryGrouping.CATEGORY, null))));
        assertField(
                "portCode",
                "statistics.monthly.error.port",
                () -> clerk.call(() -> statistics.groups(
                        new SummaryFilter(null, null, null, null, null, "ZZZZ", SummaryGrouping.CATEGORY, null))));
        assertField(
                "appliedTo",
                "statistics.monthly.error.dayRange",
                () -> clerk.call(() -> statistics.groups(new SummaryFilter(
                        null, today, today.minusDays(1), null, null, null, SummaryGrouping.COMMODITY, null))));
        assertField(
                "consignorCode",
                "statistics.monthly.error.code13",
                () -> officer.call(() -> statistics.groups(
                        new SummaryFilter(null, null, null, "12345", null, null, SummaryGrouping.CATEGORY, null))));
        assertField(
                "grouping",
                "statistics.summary.error.grouping",
                () -> clerk.call(() -> statistics.groups(
                        new SummaryFilter(null, null, null, null, null, null, SummaryGrouping.ENTERPRISE, null))));
    }
}
