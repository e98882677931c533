package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsEnterpriseOwnScope;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.statistics.QuotaStatement;
import org.exportlicence.statistics.QuotaStatementFilter;
import org.exportlicence.statistics.QuotaStatementRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 配额查询: an enterprise's own quotas with what licences used of them, its authority's for an officer. */
@ExtendWith(ArquillianExtension.class)
class QuotaStatementIT {
    private static final String A = EnterpriseFixtures.ENTERPRISE_A;
    private static final String B = EnterpriseFixtures.ENTERPRISE_B;

    @EJB
    private QuotaStatement statement;

    @EJB
    private TestLicences testLicences;

    @EJB
    private ApplicationFixtures forms;

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseOwnScope ownClerk;

    @EJB
    private AsEnterpriseB clerkB;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @EJB
    private AsAdministrator admin;

    @Test
    void anEnterpriseSeesItsQuotasWithWhatTheirLicencesUsed() throws Exception {
        enterprises.ensureUsers();
        String used = enterprises.quota(A, "06", new BigDecimal("10000"));
        String untouched = enterprises.quota(A, "06", new BigDecimal("500"));
        String ofB = enterprises.quota(B, "06", new BigDecimal("800"));
        testLicences.issued(forms.riceForm(used, new BigDecimal("1000")));
        testLicences.issued(forms.riceForm(used, new BigDecimal("2500")));

        QuotaStatementRow row = only(clerk.call(() -> statement.list(byDocument(used), PageRequest.of(0, 20))));
        assertEquals(used, row.documentNo());
        assertEquals(2026, row.year());
        assertEquals("06", row.categoryCode());
        assertEquals(A, row.enterpriseCode());
        assertEquals(0, new BigDecimal("10000").compareTo(row.total()));
        assertEquals(0, new BigDecimal("3500").compareTo(row.used()));
        assertEquals(0, new BigDecimal("6500").compareTo(row.unused()));
        assertEquals(2, row.licences());
        assertTrue(row.categoryNameZh() != null && !row.categoryNameZh().isBlank(), "category name");

        QuotaStatementRow none = only(clerk.call(() -> statement.list(byDocument(untouched), PageRequest.of(0, 20))));
        assertEquals(0, none.licences());
        assertEquals(0, new BigDecimal("500").compareTo(none.unused()));

        // A quota belongs to the whole enterprise: the 本人 clerk sees it too; enterprise B and the other
        // authority's officer do not, whatever they ask for.
        assertEquals(
                1,
                ownClerk.call(() -> statement.list(byDocument(used), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                clerkB.call(() -> statement.list(byDocument(used), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                1,
                clerkB.call(() -> statement.list(byDocument(ofB), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                clerk.call(() -> statement.list(byDocument(ofB), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                otherOfficer
                        .call(() -> statement.list(byDocument(used), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                1,
                officer.call(() -> statement.list(byDocument(used), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                officer.call(() -> statement.list(new QuotaStatementFilter(null, null, used, B), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                1,
                admin.call(() -> statement.list(byDocument(used), PageRequest.of(0, 5)))
                        .total());
        // Year and category narrow; a year with none of them finds none.
        assertEquals(
                1,
                clerk.call(() -> statement.list(new QuotaStatementFilter(2026, "06", used, null), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                clerk.call(() -> statement.list(new QuotaStatementFilter(2025, null, used, null), PageRequest.of(0, 5)))
                        .total());
        assertEquals(
                0,
                clerk.call(() -> statement.list(new QuotaStatementFilter(null, "07", used, null), PageRequest.of(0, 5)))
                        .total());

        byte[] xlsx = clerk.call(() -> statement.xlsx(byDocument(used), Locale.CHINA));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("配额查询", sheet.getRow(0).getCell(0).getStringCellValue());
            Row found = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && used.equals(r.getCell(0).toString())) {
                    found = r;
                }
            }
            assertTrue(found != null, "the quota's row is not in the export");
            assertEquals(2026, found.getCell(1).getNumericCellValue(), 0);
            assertEquals(10000, found.getCell(6).getNumericCellValue(), 0.001);
            assertEquals(3500, found.getCell(7).getNumericCellValue(), 0.001);
            assertEquals(6500, found.getCell(8).getNumericCellValue(), 0.001);
            assertEquals(2, found.getCell(10).getNumericCellValue(), 0);
        }
    }

    private static QuotaStatementFilter byDocument(String documentNo) {
        return new QuotaStatementFilter(null, null, documentNo, null);
    }

    private static QuotaStatementRow only(ResultPage<QuotaStatementRow> page) {
        assertEquals(1, page.total());
        List<QuotaStatementRow> rows = page.rows();
        assertEquals(1, rows.size());
        return rows.get(0);
    }
}
