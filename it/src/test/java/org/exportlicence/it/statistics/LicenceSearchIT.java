package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.Action;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsEnterpriseOwnScope;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.statistics.LicenceSearch;
import org.exportlicence.statistics.SearchFilter;
import org.exportlicence.statistics.SearchRow;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 综合查询 over a data set of its own: licences and applications of test enterprise A to Denmark (302),
 * which no other test ships to. What each condition must find is computed from what the test made; rows
 * to Denmark already in the database (an earlier run) are set aside before the test makes its own.
 */
@ExtendWith(ArquillianExtension.class)
class LicenceSearchIT {
    private static final String DENMARK = "302";

    @EJB
    private LicenceSearch search;

    @EJB
    private TestLicences testLicences;

    @EJB
    private ApplicationFixtures forms;

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private ApplicationEntry entry;

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
    private AsAdministrator administrator;

    @Test
    void findsExactlyWhatEachConditionNamesWithinTheCallersScope() throws Exception {
        enterprises.ensureUsers();
        Set<Long> before = ids(clerk::call, denmark());
        String quota = enterprises.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000000"));

        Licence coke = testLicences.issued(toDenmark(forms.cokeForm()));
        Licence rice1 = testLicences.issued(toDenmark(forms.riceForm(quota, new BigDecimal("1000"))));
        Licence rice2 = testLicences.issued(toDenmark(forms.riceForm(quota, new BigDecimal("3000"))));
        Application approved = testLicences.approved(toDenmark(forms.cokeForm()));
        Application saved = ownClerk.call(() -> entry.saveAndSeal(toDenmark(forms.cokeForm())));
        List<Licence> licences = List.of(coke, rice1, rice2);
        long c = coke.getApplication().getId();
        long r1 = rice1.getApplication().getId();
        long r2 = rice2.getApplication().getId();
        long a = approved.getId();
        long s = saved.getId();
        LocalDate issued = coke.getValidity().getIssueDate();
        LocalDate today = approved.getSubmittedAt().toLocalDate();
        int year = approved.getLicenceYear();

        assertEquals(Set.of(c, r1, r2, a, s), mine(clerk::call, denmark(), before));
        assertEquals(Set.of(r1, r2), mine(clerk::call, denmark().commodity("1006"), before));
        assertEquals(Set.of(c, a, s), mine(clerk::call, denmark().commodity("2704"), before));
        assertEquals(Set.of(c, r1, r2), mine(clerk::call, denmark().status("ISSUED"), before));
        assertEquals(Set.of(a), mine(clerk::call, denmark().status("APPROVED"), before));
        assertEquals(Set.of(s), mine(clerk::call, denmark().status("SAVED"), before));
        assertEquals(Set.of(c, r1, r2, a, s), mine(clerk::call, denmark().year(year), before));
        assertEquals(Set.of(), mine(clerk::call, denmark().year(year + 1), before));
        assertEquals(Set.of(c, r1, r2), mine(clerk::call, denmark().issued(issued, issued), before));
        assertEquals(Set.of(), mine(clerk::call, denmark().issued(null, issued.minusDays(1)), before));
        // A range of application dates leaves out what was never submitted.
        assertEquals(Set.of(c, r1, r2, a), mine(clerk::call, denmark().applied(today, today), before));
        assertEquals(Set.of(), mine(clerk::call, denmark().applied(today.plusDays(1), null), before));
        // A licence number is unique: exactly that row, wherever the test runs.
        ResultPage<SearchRow> one =
                as(clerk::call, new Conditions().licenceNo(rice1.getNumber()), PageRequest.of(0, 20));
        assertEquals(1, one.total());
        SearchRow row = one.rows().get(0);
        assertEquals(rice1.getApplication().getNumber(), row.applicationNo());
        assertEquals(ApplicationStatus.ISSUED, row.status());
        assertEquals(issued, row.issueDate());
        assertEquals(0, new BigDecimal("1000").compareTo(row.quantity()));
        assertEquals(0, rice1.getApplication().getGoods().getTotalUsd().compareTo(row.totalUsd()));
        assertEquals(DENMARK, row.countryCode());
        assertEquals(EnterpriseFixtures.ENTERPRISE_A, row.enterpriseCode());
        assertEquals(
                1,
                as(clerk::call, new Conditions().applicationNo(approved.getNumber()), PageRequest.of(0, 20))
                        .total());

        // Newest first unless sorted; sorted by value, then by licence number; pages add up to the total.
        assertEquals(List.of(s, a, r2, r1, c), mineInOrder(clerk::call, denmark(), null, true, before));
        assertEquals(byValue(licences), mineInOrder(clerk::call, denmark().status("ISSUED"), "totalUsd", true, before));
        assertEquals(
                licences.stream()
                        .sorted(Comparator.comparing(Licence::getNumber).reversed())
                        .map(l -> l.getApplication().getId())
                        .toList(),
                mineInOrder(clerk::call, denmark().status("ISSUED"), "licenceNo", false, before));
        List<Long> paged = new ArrayList<>();
        long total = as(clerk::call, denmark(), PageRequest.countOnly()).total();
        for (int first = 0; first < total; first += 2) {
            paged.addAll(as(clerk::call, denmark(), PageRequest.of(first, 2)).rows().stream()
                    .map(SearchRow::applicationId)
                    .toList());
        }
        assertEquals(before.size() + 5, total);
        assertEquals(total, new LinkedHashSet<>(paged).size());

        // 本人 sees what they entered, 本公司 everything; another enterprise and another authority nothing.
        assertEquals(Set.of(s), mine(ownClerk::call, denmark(), before));
        assertEquals(
                0,
                as(clerkB::call, new Conditions().licenceNo(rice1.getNumber()), PageRequest.of(0, 5))
                        .total());
        assertEquals(Set.of(), mine(clerkB::call, denmark(), before));
        assertEquals(
                0,
                as(otherOfficer::call, new Conditions().licenceNo(rice1.getNumber()), PageRequest.of(0, 5))
                        .total());
        assertEquals(
                1,
                as(officer::call, new Conditions().licenceNo(rice1.getNumber()), PageRequest.of(0, 5))
                        .total());
        // The administrator acts for no authority and sees every authority's applications.
        assertEquals(
                1,
                as(administrator::call, new Conditions().licenceNo(rice1.getNumber()), PageRequest.of(0, 5))
                        .total());
        assertEquals(
                0,
                as(
                                officer::call,
                                new Conditions()
                                        .licenceNo(rice1.getNumber())
                                        .enterprise(EnterpriseFixtures.ENTERPRISE_B),
                                PageRequest.of(0, 5))
                        .total());
        // A clerk's enterprise code changes nothing: their scope is their enterprise.
        assertEquals(
                1,
                as(
                                clerk::call,
                                new Conditions()
                                        .licenceNo(rice1.getNumber())
                                        .enterprise(EnterpriseFixtures.ENTERPRISE_B),
                                PageRequest.of(0, 5))
                        .total());

        // The export has the same rows and values, under the conditions written above them.
        Map<String, List<Object>> sheet = export(denmark().status("ISSUED"));
        for (Licence l : licences) {
            List<Object> cells = sheet.get(l.getApplication().getNumber());
            assertEquals(l.getNumber(), cells.get(2));
            assertEquals(l.getApplication().getGoods().getTotalUsd().doubleValue(), (Double) cells.get(14), 0.001);
        }
        assertTrue(sheet.keySet()
                .containsAll(licences.stream()
                        .map(l -> l.getApplication().getNumber())
                        .toList()));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedBesideItsInput() throws Exception {
        enterprises.ensureUsers();
        LocalDate day = LocalDate.of(2026, 5, 2);
        BusinessException applied = Refusals.refusal(
                () -> as(clerk::call, new Conditions().applied(day, day.minusDays(1)), PageRequest.of(0, 5)));
        assertTrue(applied instanceof ValidationException, applied.toString());
        assertEquals("appliedTo", applied.field());
        assertEquals("statistics.query.error.range", applied.messageKey());
        BusinessException issued = Refusals.refusal(() -> clerk.call(
                () -> search.xlsx(new Conditions().issued(day, day.minusDays(3)).filter(), Locale.CHINA)));
        assertEquals("issuedTo", issued.field());
        BusinessException status =
                Refusals.refusal(() -> as(clerk::call, new Conditions().status("NO_SUCH_STATE"), PageRequest.of(0, 5)));
        assertEquals("status", status.field());
    }

    private ApplicationForm toDenmark(ApplicationForm form) {
        form.setCountryCode(DENMARK);
        form.setContractNo("DK-SEARCH-IT");
        return form;
    }

    private static Conditions denmark() {
        return new Conditions().country(DENMARK);
    }

    private Set<Long> ids(Caller caller, Conditions conditions) throws Exception {
        Set<Long> ids = new LinkedHashSet<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            List<SearchRow> rows = as(caller, conditions, PageRequest.of(first, PageRequest.MAX_SIZE))
                    .rows();
            rows.forEach(r -> ids.add(r.applicationId()));
            if (rows.size() < PageRequest.MAX_SIZE) {
                return ids;
            }
        }
    }

    private Set<Long> mine(Caller caller, Conditions conditions, Set<Long> before) throws Exception {
        Set<Long> ids = ids(caller, conditions);
        ids.removeAll(before);
        return ids;
    }

    private List<Long> mineInOrder(
            Caller caller, Conditions conditions, String sort, boolean ascending, Set<Long> before) throws Exception {
        return as(caller, conditions, new PageRequest(0, PageRequest.MAX_SIZE, sort, ascending)).rows().stream()
                .map(SearchRow::applicationId)
                .filter(id -> !before.contains(id))
                .toList();
    }

    private static List<Long> byValue(List<Licence> licences) {
        return licences.stream()
                .sorted(Comparator.comparing(
                        (Licence l) -> l.getApplication().getGoods().getTotalUsd()))
                .map(l -> l.getApplication().getId())
                .toList();
    }

    private ResultPage<SearchRow> as(Caller caller, Conditions conditions, PageRequest page) throws Exception {
        return caller.call(() -> search.list(conditions.filter(), page));
    }

    /** The export's rows by application number (the first column), below the header row. */
    private Map<String, List<Object>> export(Conditions conditions) throws Exception {
        byte[] xlsx = clerk.call(() -> search.xlsx(conditions.filter(), Locale.CHINA));
        Map<String, List<Object>> rows = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("综合查询", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean header = false;
            boolean countryWritten = false;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (!header) {
                    countryWritten |= "进口国（地区）".equals(first)
                            && DENMARK.equals(row.getCell(1).getStringCellValue());
                    // The header row, not the 申请表号 condition above it.
                    header = "申请表号".equals(first)
                            && row.getCell(1) != null
                            && "申请状态".equals(row.getCell(1).toString());
                    continue;
                }
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    var cell = row.getCell(i);
                    cells.add(
                            cell == null
                                    ? null
                                    : switch (cell.getCellType()) {
                                        case NUMERIC -> cell.getNumericCellValue();
                                        default -> cell.getStringCellValue();
                                    });
                }
                rows.put(first, cells);
            }
            assertTrue(header, "no header row");
            assertTrue(countryWritten, "the country condition is not written above the rows");
        }
        return rows;
    }

    /** The run-as beans, as one type. */
    private interface Caller {
        <T> T call(Action<T> action) throws Exception;
    }

    /** 综合查询's conditions as a test writes them: only those it names. */
    static final class Conditions {
        private Integer year;
        private String commodity;
        private String applicationNo;
        private String licenceNo;
        private String status;
        private String country;
        private LocalDate appliedFrom;
        private LocalDate appliedTo;
        private LocalDate issuedFrom;
        private LocalDate issuedTo;
        private String enterprise;

        Conditions year(int value) {
            year = value;
            return this;
        }

        Conditions commodity(String prefix) {
            commodity = prefix;
            return this;
        }

        Conditions applicationNo(String value) {
            applicationNo = value;
            return this;
        }

        Conditions licenceNo(String value) {
            licenceNo = value;
            return this;
        }

        Conditions status(String value) {
            status = value;
            return this;
        }

        Conditions country(String code) {
            country = code;
            return this;
        }

        Conditions applied(LocalDate from, LocalDate to) {
            appliedFrom = from;
            appliedTo = to;
            return this;
        }

        Conditions issued(LocalDate from, LocalDate to) {
            issuedFrom = from;
            issuedTo = to;
            return this;
        }

        Conditions enterprise(String code) {
            enterprise = code;
            return this;
        }

        SearchFilter filter() {
            return new SearchFilter(
                    year,
                    commodity,
                    applicationNo,
                    licenceNo,
                    status,
                    null,
                    country,
                    null,
                    appliedFrom,
                    appliedTo,
                    issuedFrom,
                    issuedTo,
                    enterprise);
        }
    }
}
