package org.exportlicence.it.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.customs.CustomsErrors;
import org.exportlicence.customs.CustomsMessageError;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsClient;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.roles.Action;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseDepartmentScope;
import org.exportlicence.it.roles.AsEnterpriseOwnScope;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.roles.AsSecondOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.licence.LicenceQueries.LicenceFilter;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnEntry;
import org.exportlicence.returns.ReturnFilter;
import org.exportlicence.returns.ReturnForm;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 数据权限 on every enterprise list and look-up: of three clerks of test enterprise A, the 本人 one
 * sees only what it entered, the 本部门 one what its department (itself and the 本人 clerk) entered,
 * the 本公司 one all three — in 上报申请, 待审申请, 复审未通过, 打印申请表, 已打印申请表, 查看电子许可证,
 * 删除/核销申请表管理 and 查询, the licence read-in of 许可证删除/核销申请 and 复制. A clerk cannot file
 * a request on a licence out of its scope. Officers see 海关报文异常 of their authority only; a
 * message naming no licence only the administrator sees. The database is shared, so every check is
 * about rows this test made, never a count of all rows.
 */
@ExtendWith(ArquillianExtension.class)
class DataScopeIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COMPANY = "本公司";
    private static final String DEPARTMENT = "本部门";
    private static final String OWN = "本人";
    private static final BigDecimal CLEARED_QUANTITY = new BigDecimal("200");

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private CustomsFixtures customsFixtures;

    @EJB
    private ApplicationCommands applicationCommands;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private LicenceQueries licences;

    @EJB
    private ReturnEntry returnEntry;

    @EJB
    private ReturnQueries returnQueries;

    @EJB
    private CustomsErrors customsErrors;

    @EJB
    private AsEnterprise companyClerk;

    @EJB
    private AsEnterpriseDepartmentScope departmentClerk;

    @EJB
    private AsEnterpriseOwnScope ownClerk;

    @EJB
    private AsOfficer firstReviewer;

    @EJB
    private AsSecondOfficer secondReviewer;

    @EJB
    private AsIssuer issuingOfficer;

    @EJB
    private AsOtherAuthorityOfficer otherAuthorityOfficer;

    @EJB
    private AsAdministrator administrator;

    /** One of the runners, whichever clerk it runs as. */
    interface Runner {
        <T> T call(Action<T> action) throws Exception;
    }

    /** The three clerks by their scope, 本公司 first. */
    private Map<String, Runner> clerks() {
        Map<String, Runner> clerks = new LinkedHashMap<>();
        clerks.put(COMPANY, companyClerk::call);
        clerks.put(DEPARTMENT, departmentClerk::call);
        clerks.put(OWN, ownClerk::call);
        return clerks;
    }

    /** Whose rows each clerk must see: 本公司 all, 本部门 its own and the 本人 clerk's, 本人 its own. */
    private static final Map<String, Set<String>> SEES = Map.of(
            COMPANY, Set.of(COMPANY, DEPARTMENT, OWN),
            DEPARTMENT, Set.of(DEPARTMENT, OWN),
            OWN, Set.of(OWN));

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    @Test
    void everyApplicationListShowsTheRowsOfTheCallersScope() throws Exception {
        Map<String, String> saved = new LinkedHashMap<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        Map<String, String> approved = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Map.Entry<String, Runner> clerk : clerks().entrySet()) {
            Runner c = clerk.getValue();
            saved.put(clerk.getKey(), save(c));
            submitted.put(clerk.getKey(), submit(c, save(c)));
            String toReject = approveFirst(submit(c, save(c)));
            secondReviewer.call(() -> {
                applicationCommands.rejectAtSecondReview(
                        toReject, applicationQueries.find(toReject).getVersion(), "数据权限测试");
                return null;
            });
            rejected.put(clerk.getKey(), toReject);
            approved.put(clerk.getKey(), approve(submit(c, save(c))));
            String toPrint = approve(submit(c, save(c)));
            c.call(() -> applicationCommands.markPrinted(
                    toPrint, applicationQueries.find(toPrint).getVersion()));
            printed.put(clerk.getKey(), toPrint);
        }

        assertScoped(
                "上报申请",
                saved,
                () -> applicationNumbers(page -> applicationQueries.listOwn(
                        EnumSet.of(ApplicationStatus.SAVED, ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN),
                        page)));
        assertScoped(
                "待审申请",
                submitted,
                () -> applicationNumbers(page -> applicationQueries.listOwn(
                        EnumSet.of(
                                ApplicationStatus.SUBMITTED,
                                ApplicationStatus.FIRST_APPROVED,
                                ApplicationStatus.WITHDRAWAL_REQUESTED),
                        page)));
        assertScoped(
                "复审未通过",
                rejected,
                () -> applicationNumbers(
                        page -> applicationQueries.listOwn(EnumSet.of(ApplicationStatus.REJECTED), page)));
        assertScoped(
                "打印申请表", approved, () -> applicationNumbers(page -> applicationQueries.listPrintable(false, page)));
        assertScoped("已打印申请表", printed, () -> applicationNumbers(page -> applicationQueries.listPrintable(true, page)));

        // Opening and 复制 follow the same scope: what the list does not show cannot be read by number.
        for (Map.Entry<String, Runner> viewer : clerks().entrySet()) {
            for (Map.Entry<String, String> row : saved.entrySet()) {
                boolean inScope = SEES.get(viewer.getKey()).contains(row.getKey());
                String number = row.getValue();
                if (inScope) {
                    assertEquals(
                            "0200",
                            viewer.getValue()
                                    .call(() -> applicationEntry.copyOf(number))
                                    .getPortCode());
                    assertEquals(
                            number,
                            viewer.getValue()
                                    .call(() -> applicationQueries.find(number))
                                    .getNumber());
                } else {
                    assertNotFound(() -> viewer.getValue().call(() -> applicationEntry.copyOf(number)));
                    assertNotFound(() -> viewer.getValue().call(() -> applicationQueries.find(number)));
                }
            }
        }

        // The 本人 clerk's lists hold nothing of anyone else, the 本部门 clerk's nothing of another department.
        for (Application a : allApplications(ownClerk::call)) {
            assertEquals("run-as-enterprise-own", a.getCreatedBy(), a.getNumber());
        }
        for (Application a : allApplications(departmentClerk::call)) {
            assertTrue(
                    Set.of("run-as-enterprise-own", "run-as-enterprise-dept").contains(a.getCreatedBy()),
                    a.getNumber() + " by " + a.getCreatedBy());
        }

        // Officers: their authority's applications, whoever at the enterprise entered them.
        String companyPending = submitted.get(COMPANY);
        ReviewFilter byNumber = new ReviewFilter(companyPending, null, null, null, null);
        assertEquals(
                1,
                firstReviewer
                        .call(() -> applicationQueries.listForAuthority(
                                EnumSet.of(ApplicationStatus.SUBMITTED), byNumber, PageRequest.of(0, 10)))
                        .total());
        assertEquals(
                0,
                otherAuthorityOfficer
                        .call(() -> applicationQueries.listForAuthority(
                                EnumSet.of(ApplicationStatus.SUBMITTED), byNumber, PageRequest.of(0, 10)))
                        .total());
    }

    @Test
    void licencesAndReturnRequestsShowTheRowsOfTheCallersScope() throws Exception {
        Map<String, String> unused = new LinkedHashMap<>();
        Map<String, String> cleared = new LinkedHashMap<>();
        for (Map.Entry<String, Runner> clerk : clerks().entrySet()) {
            unused.put(clerk.getKey(), issue(clerk.getValue()));
            String number = issue(clerk.getValue());
            assertEquals(1, customsFixtures.recordCustomsUsage(number, CLEARED_QUANTITY, true));
            cleared.put(clerk.getKey(), number);
        }

        // 查看电子许可证, searched by number (the list's search box) and unfiltered.
        assertScoped("查看电子许可证", unused, () -> licenceNumbersLike(unused.values()));
        for (Licence l : allLicences(ownClerk::call)) {
            assertEquals("run-as-enterprise-own", l.getApplication().getCreatedBy(), l.getNumber());
        }
        for (Licence l : allLicences(departmentClerk::call)) {
            assertTrue(
                    Set.of("run-as-enterprise-own", "run-as-enterprise-dept")
                            .contains(l.getApplication().getCreatedBy()),
                    l.getNumber());
        }

        // 读入 in 许可证删除申请 / 许可证核销申请: a licence out of scope is "not found", like an unknown number.
        for (Map.Entry<String, Runner> viewer : clerks().entrySet()) {
            for (Map.Entry<String, String> row : unused.entrySet()) {
                String number = row.getValue();
                if (SEES.get(viewer.getKey()).contains(row.getKey())) {
                    assertEquals(
                            number,
                            viewer.getValue()
                                    .call(() -> returnEntry.licence(number))
                                    .getNumber());
                } else {
                    BusinessException refusal =
                            Refusals.refusal(() -> viewer.getValue().call(() -> returnEntry.licence(number)));
                    assertEquals("returns.error.licenceNotFound", refusal.messageKey());
                }
            }
        }

        // Each clerk files its requests; the lists show them by scope.
        Map<String, String> deletions = new LinkedHashMap<>();
        Map<String, String> writeOffs = new LinkedHashMap<>();
        for (Map.Entry<String, Runner> clerk : clerks().entrySet()) {
            String u = unused.get(clerk.getKey());
            String c = cleared.get(clerk.getKey());
            clerk.getValue().call(() -> returnEntry.save(ReturnForm.deletion(u, null)));
            clerk.getValue().call(() -> returnEntry.save(ReturnForm.writeOff(c, CLEARED_QUANTITY, null)));
            deletions.put(clerk.getKey(), u);
            writeOffs.put(clerk.getKey(), c);
        }
        for (RequestKind kind : RequestKind.values()) {
            Map<String, String> rows = kind == RequestKind.DELETION ? deletions : writeOffs;
            assertScoped(
                    kind + " 申请表管理",
                    rows,
                    () -> requestLicences(
                            kind, EnumSet.of(RequestStatus.SAVED, RequestStatus.RETURNED), rows.values()));
            assertScoped(kind + " 申请表查询", rows, () -> requestLicences(kind, ReturnQueries.LISTED, rows.values()));
        }

        // Officers: their authority's licences only.
        String companyLicence = unused.get(COMPANY);
        assertEquals(
                1,
                firstReviewer
                        .call(() -> licences.list(
                                new LicenceFilter(companyLicence, null, null, null), PageRequest.of(0, 10)))
                        .rows()
                        .stream()
                        .filter(l -> l.getNumber().equals(companyLicence))
                        .count());
        assertEquals(
                0,
                otherAuthorityOfficer
                        .call(() -> licences.list(
                                new LicenceFilter(companyLicence, null, null, null), PageRequest.of(0, 10)))
                        .total());
    }

    @Test
    void aClerkCannotFileARequestOnALicenceOutOfItsScope() throws Exception {
        String colleagues = issue(companyClerk::call);
        String colleaguesCleared = issue(companyClerk::call);
        assertEquals(1, customsFixtures.recordCustomsUsage(colleaguesCleared, CLEARED_QUANTITY, true));
        String unknown = "26-02-999999999";

        BusinessException unknownNumber =
                Refusals.refusal(() -> ownClerk.call(() -> returnEntry.save(ReturnForm.deletion(unknown, null))));
        BusinessException deletion =
                Refusals.refusal(() -> ownClerk.call(() -> returnEntry.save(ReturnForm.deletion(colleagues, "不是我的"))));
        BusinessException writeOff = Refusals.refusal(() -> ownClerk.call(
                () -> returnEntry.save(ReturnForm.writeOff(colleaguesCleared, CLEARED_QUANTITY, "不是我的"))));
        BusinessException departmentDeletion = Refusals.refusal(
                () -> departmentClerk.call(() -> returnEntry.save(ReturnForm.deletion(colleagues, "不是本部门的"))));
        for (BusinessException refusal : List.of(deletion, writeOff, departmentDeletion)) {
            assertEquals(unknownNumber.messageKey(), refusal.messageKey(), "the same answer as for an unknown number");
            assertEquals("returns.error.licenceNotFound", refusal.messageKey());
        }

        // Nothing changed: no request, the licences as they were; their owner can still file both.
        assertTrue(companyClerk.call(() -> returnQueries.ofLicence(colleagues)).isEmpty());
        assertTrue(companyClerk
                .call(() -> returnQueries.ofLicence(colleaguesCleared))
                .isEmpty());
        assertEquals(
                LicenceStatus.VALID, licenceFixtures.licenceNamed(colleagues).getStatus());
        assertEquals(
                LicenceStatus.CLEARED,
                licenceFixtures.licenceNamed(colleaguesCleared).getStatus());
        ReturnRequest own = companyClerk.call(() -> returnEntry.save(ReturnForm.deletion(colleagues, null)));
        assertEquals(RequestStatus.SAVED, own.getStatus());
        companyClerk.call(() -> returnEntry.save(ReturnForm.writeOff(colleaguesCleared, CLEARED_QUANTITY, null)));
    }

    @Test
    void officersSeeTheCustomsErrorsOfTheirAuthorityAndOnlyTheAdministratorThoseNamingNoLicence() throws Exception {
        String licence = issue(companyClerk::call);
        LocalDate today = LocalDate.now(CHINA);
        try (CustomsClient customs = new CustomsClient("ElpDataScopeReplies")) {
            // Readable up to a stray element: refused as malformed, yet it names the licence.
            String naming = "SCOPE-L-" + System.nanoTime();
            customs.send(
                    CustomsClient.usage(licence, CustomsClient.declarationNo(), today, "0200", BigDecimal.ONE)
                            .replace("<goodsLine>", "<stray/><goodsLine>"),
                    naming);
            String nothing = "SCOPE-N-" + System.nanoTime();
            customs.send("这不是报文", nothing);

            assertEquals("MALFORMED_MESSAGE", customs.reply(naming).getReasonCode());
            assertEquals("MALFORMED_MESSAGE", customs.reply(nothing).getReasonCode());
            CustomsMessageError ofLicence = keptError(naming);
            assertEquals(licence, ofLicence.getLicenceNo());
            assertEquals(EnterpriseFixtures.TIANJIN, ofLicence.getAuthority().getCode());
            CustomsMessageError ofNone = keptError(nothing);
            assertNull(ofNone.getLicenceNo());
            assertNull(ofNone.getAuthority());

            assertEquals(
                    ofLicence.getId(),
                    firstReviewer
                            .call(() -> customsErrors.find(ofLicence.getId()))
                            .getId());
            assertTrue(listed(firstReviewer::call, ofLicence.getId()));
            assertNotFound(() -> otherAuthorityOfficer.call(() -> customsErrors.find(ofLicence.getId())));
            assertFalse(listed(otherAuthorityOfficer::call, ofLicence.getId()));
            assertNotFound(() ->
                    otherAuthorityOfficer.call(() -> customsErrors.replay(ofLicence.getId(), ofLicence.getVersion())));

            for (Runner officer : List.<Runner>of(firstReviewer::call, otherAuthorityOfficer::call)) {
                assertNotFound(() -> officer.call(() -> customsErrors.find(ofNone.getId())));
                assertFalse(listed(officer, ofNone.getId()));
            }
            assertTrue(listed(administrator::call, ofNone.getId()));
            assertTrue(listed(administrator::call, ofLicence.getId()));
        }
    }

    // --- making rows -------------------------------------------------------------------------------

    private String save(Runner clerk) throws Exception {
        return clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.cokeForm()))
                .getNumber();
    }

    private String submit(Runner clerk, String number) throws Exception {
        clerk.call(() -> {
            applicationCommands.submit(number, applicationQueries.find(number).getVersion());
            return null;
        });
        return number;
    }

    private String approveFirst(String number) throws Exception {
        firstReviewer.call(() -> {
            applicationCommands.approveFirstReview(
                    number, applicationQueries.find(number).getVersion());
            return null;
        });
        return number;
    }

    private String approve(String number) throws Exception {
        approveFirst(number);
        secondReviewer.call(() -> {
            applicationCommands.approveSecondReview(
                    number, applicationQueries.find(number).getVersion());
            return null;
        });
        return number;
    }

    /** A licence of 焦炭 generated from an application the clerk entered; its number. */
    private String issue(Runner clerk) throws Exception {
        String number = approve(submit(clerk, save(clerk)));
        return issuingOfficer
                .call(() -> issuer.issue(number, applicationQueries.find(number).getVersion()))
                .getNumber();
    }

    // --- reading lists -----------------------------------------------------------------------------

    /** What a clerk's list shows of the rows this test made, for each clerk, against {@link #SEES}. */
    private void assertScoped(String list, Map<String, String> rowsByOwner, Action<Set<String>> shown)
            throws Exception {
        for (Map.Entry<String, Runner> viewer : clerks().entrySet()) {
            Set<String> visible = viewer.getValue().call(shown);
            for (Map.Entry<String, String> row : rowsByOwner.entrySet()) {
                boolean expected = SEES.get(viewer.getKey()).contains(row.getKey());
                assertEquals(
                        expected,
                        visible.contains(row.getValue()),
                        list + ": the " + viewer.getKey()
                                + " clerk " + (expected ? "must" : "must not") + " see the " + row.getKey()
                                + " clerk's "
                                + row.getValue());
            }
        }
    }

    /** Every number of an application list, read page by page. */
    private static Set<String> applicationNumbers(Function<PageRequest, ResultPage<Application>> list) {
        Set<String> numbers = new HashSet<>();
        for (Application a : all(list)) {
            numbers.add(a.getNumber());
        }
        return numbers;
    }

    private List<Application> allApplications(Runner clerk) throws Exception {
        return clerk.call(() -> all(page -> applicationQueries.listOwn(EnumSet.allOf(ApplicationStatus.class), page)));
    }

    private List<Licence> allLicences(Runner clerk) throws Exception {
        return clerk.call(() -> all(page -> licences.list(LicenceFilter.none(), page)));
    }

    private static <T> List<T> all(Function<PageRequest, ResultPage<T>> list) {
        List<T> rows = new java.util.ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            ResultPage<T> page = list.apply(PageRequest.of(first, PageRequest.MAX_SIZE));
            rows.addAll(page.rows());
            if (page.rows().isEmpty() || first + PageRequest.MAX_SIZE >= page.total()) {
                return rows;
            }
        }
    }

    /** The licences the caller's 查看电子许可证 finds when searched by each of the numbers. */
    private Set<String> licenceNumbersLike(Iterable<String> numbers) {
        Set<String> found = new HashSet<>();
        for (String number : numbers) {
            licences.list(new LicenceFilter(number, null, null, null), PageRequest.of(0, 10))
                    .rows()
                    .forEach(l -> found.add(l.getNumber()));
        }
        return found;
    }

    /** The licence numbers of the caller's requests of a kind, searched by each licence number. */
    private Set<String> requestLicences(RequestKind kind, Set<RequestStatus> statuses, Iterable<String> numbers) {
        Set<String> found = new HashSet<>();
        for (String number : numbers) {
            returnQueries
                    .listOwn(
                            kind,
                            statuses,
                            new ReturnFilter(number, null, null, null, null, null, null),
                            PageRequest.of(0, 10))
                    .rows()
                    .forEach(r -> found.add(r.getLicence().getNumber()));
        }
        return found;
    }

    /** Whether the caller's 海关报文异常 (newest first) lists the kept message. */
    private boolean listed(Runner caller, long id) throws Exception {
        return caller.call(() -> customsErrors.list(null, PageRequest.of(0, PageRequest.MAX_SIZE))).rows().stream()
                .anyMatch(e -> e.getId() == id);
    }

    /** The message set aside under a correlation id, as the administrator sees it once it is kept. */
    private CustomsMessageError keptError(String correlationId) throws Exception {
        return CustomsClient.keptError(administrator, customsErrors, correlationId);
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) {
        assertEquals("error.notFound", Refusals.refusal(call).messageKey());
    }
}
