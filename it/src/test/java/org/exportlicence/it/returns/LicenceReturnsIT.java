package org.exportlicence.it.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.roles.AsSecondOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.it.support.TestClocks;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnCommands;
import org.exportlicence.returns.ReturnEntry;
import org.exportlicence.returns.ReturnFilter;
import org.exportlicence.returns.ReturnForm;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * 许可证退换: deletion of unused licences and write-off of cleared ones, from the enterprise's
 * request to the authority's decision — the licence's state, the quota it gives back, the message
 * for customs, and every refusal (used, not cleared, wrong quantity, another enterprise, another
 * authority, a second open request).
 */
@ExtendWith(ArquillianExtension.class)
class LicenceReturnsIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private ReturnEntry returnEntry;

    @EJB
    private ReturnCommands returnCommands;

    @EJB
    private ReturnQueries returnQueries;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private CustomsFixtures customsFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsSecondOfficer secondReviewer;

    @EJB
    private AsOtherAuthorityOfficer otherAuthorityOfficer;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    /** A rice licence of test enterprise A (authority 特办天津) for {@code quantity} under the quota. */
    private Licence issued(String quota, BigDecimal quantity) throws Exception {
        return testLicences.issued(applicationFixtures.riceForm(quota, quantity));
    }

    private ReturnRequest save(ReturnForm form) throws Exception {
        return clerk.call(() -> returnEntry.save(form));
    }

    private void submit(ReturnRequest request) throws Exception {
        clerk.call(() -> {
            returnCommands.submit(
                    request.getId(), returnQueries.find(request.getId()).getVersion());
            return null;
        });
    }

    private ReturnRequest approve(ReturnRequest request) throws Exception {
        return officer.call(() -> returnCommands.approve(
                request.getId(), returnQueries.find(request.getId()).getVersion()));
    }

    private ReturnRequest reread(ReturnRequest request) throws Exception {
        return clerk.call(() -> returnQueries.find(request.getId()));
    }

    private static BigDecimal used(EnterpriseFixtures enterpriseFixtures, String quota) {
        return enterpriseFixtures.quotaNamed(quota).getUsed();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    /** The root element of an outbox payload, checked to be in the customs namespace. */
    private static Element payload(OutboxMessage message) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(message.getPayload())))
                .getDocumentElement();
        assertEquals("urn:exportlicence:customs:licence:1", root.getNamespaceURI());
        return root;
    }

    private static List<String> children(Element root) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static String child(Element root, String name) {
        return root.getElementsByTagNameNS("urn:exportlicence:customs:licence:1", name)
                .item(0)
                .getTextContent();
    }

    @Test
    void anUnusedLicenceIsDeletedItsWholeQuotaReturnedAndCustomsTold() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("300"));
        assertAmount("300", used(enterpriseFixtures, quota));

        // 读入 shows the licence; 保存 makes a request 待上报.
        assertEquals(
                licence.getNumber(),
                clerk.call(() -> returnEntry.licence(licence.getNumber())).getNumber());
        ReturnRequest saved = save(ReturnForm.deletion(" " + licence.getNumber() + " ", "合同取消 <A&B>"));
        assertEquals(RequestStatus.SAVED, saved.getStatus());
        assertEquals(RequestKind.DELETION, saved.getKind());
        submit(saved);
        assertEquals(RequestStatus.SUBMITTED, reread(saved).getStatus());
        assertTrue(officer
                .call(() -> returnQueries.listForAuthority(
                        RequestKind.DELETION,
                        EnumSet.of(RequestStatus.SUBMITTED),
                        ReturnFilter.none(),
                        PageRequest.of(0, 200)))
                .rows()
                .stream()
                .anyMatch(r -> r.getId().equals(saved.getId())));

        ReturnRequest approved = approve(saved);
        assertEquals(RequestStatus.APPROVED, approved.getStatus());
        assertEquals("run-as-officer-first", approved.getReviewer());
        assertAmount("300", approved.getReturnedQuantity());
        assertEquals(
                LicenceStatus.DELETED,
                licenceFixtures.licenceNamed(licence.getNumber()).getStatus());
        assertAmount("0", used(enterpriseFixtures, quota));

        // Customs is told, in the same transaction: issued, then deleted.
        List<OutboxMessage> outbox = customsFixtures.outbox(licence.getNumber());
        assertEquals(
                List.of("LICENCE_ISSUED", "LICENCE_DELETED"),
                outbox.stream().map(OutboxMessage::getEventType).toList());
        OutboxMessage deleted = outbox.get(1);
        assertEquals("Licence", deleted.getAggregateType());
        Element root = payload(deleted);
        assertEquals("licenceDeleted", root.getLocalName());
        assertEquals(List.of("licenceNo", "deletedOn", "reason"), children(root));
        assertEquals(licence.getNumber(), child(root, "licenceNo"));
        assertEquals(LocalDate.now(CHINA).toString(), child(root, "deletedOn"));
        assertEquals("合同取消 <A&B>", child(root, "reason"));

        // Every step is in the request's history, who and from which state to which.
        List<AuditEvent> history = clerk.call(() -> returnQueries.history(saved.getId()));
        assertEquals(
                List.of("CREATE", "SUBMIT", "APPROVE"),
                history.stream().map(AuditEvent::getAction).toList());
        assertEquals("SUBMITTED", history.get(2).getFromState());
        assertEquals("APPROVED", history.get(2).getToState());
        assertEquals("run-as-officer-first", history.get(2).getActor());
        // The licence's page lists the request; a deleted licence cannot be deleted again.
        assertEquals(
                List.of(saved.getId()),
                clerk.call(() -> returnQueries.ofLicence(licence.getNumber())).stream()
                        .map(ReturnRequest::getId)
                        .toList());
        BusinessException again = Refusals.refusal(() -> save(ReturnForm.deletion(licence.getNumber(), null)));
        assertEquals("licence.error.notDeletable", again.messageKey());
    }

    /**
     * Deletion approval and a customs usage message for the same licence at the same moment: both
     * lock the licence row, so whichever commits first decides and the other is refused with its
     * reason. No deleted licence ever has usage; no used licence is ever deleted.
     */
    @Test
    void deletionApprovalAndAUsageMessageRaceAndExactlyOneWins() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("10000"));
        int deleted = 0;
        int used = 0;
        for (int round = 0; round < 6; round++) {
            Licence licence = issued(quota, new BigDecimal("100"));
            ReturnRequest request = save(ReturnForm.deletion(licence.getNumber(), null));
            submit(request);
            int version =
                    officer.call(() -> returnQueries.find(request.getId())).getVersion();
            Future<ReturnRequest> approval =
                    officer.callConcurrently(() -> returnCommands.approve(request.getId(), version));
            int usageAccepted = customsFixtures.recordCustomsUsage(licence.getNumber(), new BigDecimal("10"), false);
            boolean approved;
            try {
                approved = approval.get(60, TimeUnit.SECONDS).getStatus() == RequestStatus.APPROVED;
            } catch (ExecutionException e) {
                BusinessException refusal = (BusinessException) unwrap(e);
                assertEquals("licence.error.used", refusal.messageKey());
                approved = false;
            }
            Licence after = licenceFixtures.licenceNamed(licence.getNumber());
            long lines = licenceFixtures.usageLines(licence.getNumber());
            assertTrue(
                    approved ^ usageAccepted == 1,
                    "exactly one wins: approved " + approved + ", usage " + usageAccepted);
            if (approved) {
                deleted++;
                assertEquals(LicenceStatus.DELETED, after.getStatus());
                assertEquals(0, lines, "a deleted licence has no usage");
            } else {
                used++;
                assertEquals(LicenceStatus.IN_USE, after.getStatus());
                assertEquals(1, lines);
                assertEquals(RequestStatus.SUBMITTED, reread(request).getStatus());
            }
        }
        System.out.printf("Deletion vs usage race: deletion won %d, usage won %d%n", deleted, used);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (!(t instanceof BusinessException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void aUsedLicenceCannotBeDeletedNeitherAtSaveNorAtApproval() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence used = issued(quota, new BigDecimal("100"));
        assertEquals(1, customsFixtures.recordCustomsUsage(used.getNumber(), new BigDecimal("40"), false));
        BusinessException refused = Refusals.refusal(() -> save(ReturnForm.deletion(used.getNumber(), null)));
        assertEquals("licence.error.used", refused.messageKey());
        assertEquals("licenceNo", refused.field());
        assertTrue(Arrays.asList(refused.arguments()).contains("40"), Arrays.toString(refused.arguments()));

        // Saved and submitted while unused, then declared at customs: the approval reads the licence anew
        // under its lock and refuses; nothing changes.
        Licence later = issued(quota, new BigDecimal("200"));
        ReturnRequest request = save(ReturnForm.deletion(later.getNumber(), null));
        submit(request);
        customsFixtures.recordCustomsUsage(later.getNumber(), new BigDecimal("200"), true);
        assertEquals(
                "licence.error.used", Refusals.refusal(() -> approve(request)).messageKey());
        assertEquals(RequestStatus.SUBMITTED, reread(request).getStatus());
        assertEquals(
                LicenceStatus.CLEARED,
                licenceFixtures.licenceNamed(later.getNumber()).getStatus());
        assertAmount("300", used(enterpriseFixtures, quota));
        assertEquals(
                List.of("LICENCE_ISSUED"),
                customsFixtures.outbox(later.getNumber()).stream()
                        .map(OutboxMessage::getEventType)
                        .toList());

        // Nor is an unused licence past its expiry date.
        Licence unused = issued(quota, BigDecimal.TEN);
        TestClocks.fixAt(unused.getValidity()
                .getExpiryDate()
                .plusDays(1)
                .atTime(10, 0)
                .atZone(CHINA)
                .toInstant());
        try {
            assertEquals(
                    "licence.error.expired",
                    Refusals.refusal(() -> save(ReturnForm.deletion(unused.getNumber(), null)))
                            .messageKey());
        } finally {
            TestClocks.release();
        }
    }

    @Test
    void onlyAClearedLicenceIsWrittenOffAndOnlyWithTheQuantityCustomsRecorded() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("300"));
        BusinessException unused =
                Refusals.refusal(() -> save(ReturnForm.writeOff(licence.getNumber(), BigDecimal.ONE, null)));
        assertEquals("licence.error.notCleared", unused.messageKey());
        assertEquals("licenceNo", unused.field());
        customsFixtures.recordCustomsUsage(licence.getNumber(), new BigDecimal("100"), false);
        assertEquals(
                "licence.error.notCleared",
                Refusals.refusal(() -> save(ReturnForm.writeOff(licence.getNumber(), new BigDecimal("100"), null)))
                        .messageKey());

        customsFixtures.recordCustomsUsage(licence.getNumber(), new BigDecimal("150"), true);
        BusinessException wrong =
                Refusals.refusal(() -> save(ReturnForm.writeOff(licence.getNumber(), new BigDecimal("240"), null)));
        assertEquals("licence.error.writeOffQuantity", wrong.messageKey());
        assertEquals("writeOffQuantity", wrong.field());
        assertEquals(List.of(licence.getNumber(), "240", "250"), Arrays.asList(wrong.arguments()));
        assertEquals(
                "writeOffQuantity",
                Refusals.refusal(() -> save(ReturnForm.writeOff(licence.getNumber(), null, null)))
                        .field());

        // The quantity customs recorded: saved, submitted, approved; the unused 50 go back to the quota.
        assertAmount("300", used(enterpriseFixtures, quota));
        ReturnRequest request = save(ReturnForm.writeOff(licence.getNumber(), new BigDecimal("250.000"), "已全部出运"));
        submit(request);
        ReturnRequest approved = approve(request);
        assertEquals(RequestStatus.APPROVED, approved.getStatus());
        assertAmount("50", approved.getReturnedQuantity());
        assertEquals(
                LicenceStatus.WRITTEN_OFF,
                licenceFixtures.licenceNamed(licence.getNumber()).getStatus());
        assertAmount("250", used(enterpriseFixtures, quota));

        OutboxMessage message = customsFixtures.outbox(licence.getNumber()).get(1);
        assertEquals("LICENCE_WRITTEN_OFF", message.getEventType());
        assertEquals("Licence", message.getAggregateType());
        Element root = payload(message);
        assertEquals("licenceWrittenOff", root.getLocalName());
        assertEquals(List.of("licenceNo", "writtenOffOn", "writtenOffQuantity", "returnedQuantity"), children(root));
        assertAmount("250", new BigDecimal(child(root, "writtenOffQuantity")));
        assertAmount("50", new BigDecimal(child(root, "returnedQuantity")));
        // A written-off licence can be neither written off again nor deleted.
        assertEquals(
                "licence.error.notCleared",
                Refusals.refusal(() -> save(ReturnForm.writeOff(licence.getNumber(), new BigDecimal("250"), null)))
                        .messageKey());
    }

    @Test
    void aReturnedRequestIsCorrectedAndSubmittedAgain() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("120"));
        customsFixtures.recordCustomsUsage(licence.getNumber(), new BigDecimal("100"), true);
        ReturnRequest request = save(ReturnForm.writeOff(licence.getNumber(), new BigDecimal("100"), null));
        submit(request);

        // A return needs a reason; a submitted request is not edited meanwhile.
        BusinessException noReason = Refusals.refusal(() -> officer.call(() -> {
            returnCommands.returnToEnterprise(
                    request.getId(), returnQueries.find(request.getId()).getVersion(), " ");
            return null;
        }));
        assertEquals("reason", noReason.field());
        ReturnForm correction = ReturnForm.writeOff(licence.getNumber(), new BigDecimal("100"), "附出口报关单");
        assertEquals(
                "returns.error.transition",
                Refusals.refusal(() -> save(correction.modifying(reread(request))))
                        .messageKey());
        officer.call(() -> {
            returnCommands.returnToEnterprise(
                    request.getId(), returnQueries.find(request.getId()).getVersion(), "请说明核销依据");
            return null;
        });
        ReturnRequest returned = reread(request);
        assertEquals(RequestStatus.RETURNED, returned.getStatus());
        assertEquals("请说明核销依据", returned.getLastReason());
        assertTrue(clerk
                .call(() -> returnQueries.listOwn(
                        RequestKind.WRITE_OFF,
                        EnumSet.of(RequestStatus.SAVED, RequestStatus.RETURNED),
                        ReturnFilter.none(),
                        PageRequest.of(0, 200)))
                .rows()
                .stream()
                .anyMatch(r -> r.getId().equals(request.getId())));

        // Modified: 待上报 again, the reason still shown until it is submitted; a stale version is refused.
        assertEquals(
                "error.staleData",
                Refusals.refusal(() -> save(new ReturnForm(
                                RequestKind.WRITE_OFF,
                                request.getId(),
                                returned.getVersion() - 1,
                                null,
                                new BigDecimal("100"),
                                "x")))
                        .messageKey());
        ReturnRequest modified = save(correction.modifying(returned));
        assertEquals(RequestStatus.SAVED, modified.getStatus());
        assertEquals("附出口报关单", modified.getRemarks());
        assertEquals("请说明核销依据", modified.getLastReason());
        submit(modified);
        ReturnRequest resubmitted = reread(request);
        assertEquals(RequestStatus.SUBMITTED, resubmitted.getStatus());
        assertNull(resubmitted.getLastReason());
        assertEquals(RequestStatus.APPROVED, approve(request).getStatus());
        assertEquals(
                List.of("CREATE", "SUBMIT", "RETURN", "MODIFY", "SUBMIT", "APPROVE"),
                clerk.call(() -> returnQueries.history(request.getId())).stream()
                        .map(AuditEvent::getAction)
                        .toList());

        // 删除申请表查询 / 核销申请表查询: by status and licence number, sorted by licence number.
        List<ReturnRequest> approvedOnes = clerk.call(() -> returnQueries.listOwn(
                        RequestKind.WRITE_OFF,
                        ReturnQueries.LISTED,
                        new ReturnFilter(
                                licence.getNumber(),
                                null,
                                LocalDate.now(CHINA),
                                null,
                                LocalDate.now(CHINA),
                                LocalDate.now(CHINA),
                                RequestStatus.APPROVED),
                        PageRequest.of(0, 200)))
                .rows();
        assertEquals(
                List.of(request.getId()),
                approvedOnes.stream().map(ReturnRequest::getId).toList());
        assertTrue(clerk.call(() -> returnQueries.listOwn(
                        RequestKind.WRITE_OFF,
                        ReturnQueries.LISTED,
                        new ReturnFilter(licence.getNumber(), null, null, null, null, null, RequestStatus.RETURNED),
                        PageRequest.of(0, 200)))
                .rows()
                .isEmpty());
        assertTrue(
                clerk.call(() -> returnQueries.listOwn(
                                RequestKind.DELETION,
                                ReturnQueries.LISTED,
                                new ReturnFilter(licence.getNumber(), null, null, null, null, null, null),
                                PageRequest.of(0, 200)))
                        .rows()
                        .isEmpty(),
                "a write-off is not a deletion");
    }

    @Test
    void anotherEnterpriseNeitherSeesTheLicenceNorRequestsOnIt() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("80"));
        ReturnRequest request = save(ReturnForm.deletion(licence.getNumber(), null));

        BusinessException foreign =
                Refusals.refusal(() -> otherClerk.call(() -> returnEntry.licence(licence.getNumber())));
        BusinessException missing =
                Refusals.refusal(() -> otherClerk.call(() -> returnEntry.licence("26-02-999999999")));
        assertEquals("returns.error.licenceNotFound", foreign.messageKey());
        assertEquals(missing.messageKey(), foreign.messageKey(), "another's licence looks like none at all");
        assertEquals(
                "returns.error.licenceNotFound",
                Refusals.refusal(() ->
                                otherClerk.call(() -> returnEntry.save(ReturnForm.deletion(licence.getNumber(), null))))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> returnQueries.find(request.getId())))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> {
                            returnCommands.submit(request.getId(), request.getVersion());
                            return null;
                        }))
                        .messageKey());
        assertTrue(otherClerk
                .call(() -> returnQueries.ofLicence(licence.getNumber()))
                .isEmpty());
        assertFalse(otherClerk
                .call(() -> returnQueries.listOwn(
                        RequestKind.DELETION, ReturnQueries.LISTED, ReturnFilter.none(), PageRequest.of(0, 200)))
                .rows()
                .stream()
                .anyMatch(r -> r.getId().equals(request.getId())));
    }

    @Test
    void onlyAFirstReviewerOfTheLicencesAuthorityDecides() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("90"));
        ReturnRequest request = save(ReturnForm.deletion(licence.getNumber(), null));
        submit(request);
        int version = reread(request).getVersion();

        assertEquals(
                "error.notFound",
                Refusals.refusal(() ->
                                otherAuthorityOfficer.call(() -> returnCommands.approve(request.getId(), version)))
                        .messageKey());
        assertTrue(otherAuthorityOfficer
                .call(() -> returnQueries.listForAuthority(
                        RequestKind.DELETION,
                        EnumSet.of(RequestStatus.SUBMITTED),
                        ReturnFilter.none(),
                        PageRequest.of(0, 200)))
                .rows()
                .stream()
                .noneMatch(r -> r.getId().equals(request.getId())));
        Refusals.assertAccessDenied(() -> secondReviewer.call(() -> returnCommands.approve(request.getId(), version)));
        Refusals.assertAccessDenied(() -> clerk.call(() -> returnCommands.approve(request.getId(), version)));
        assertEquals(RequestStatus.SUBMITTED, reread(request).getStatus());
        assertEquals(
                LicenceStatus.VALID,
                licenceFixtures.licenceNamed(licence.getNumber()).getStatus());
        assertAmount("90", used(enterpriseFixtures, quota));
        // A stale version is refused too.
        assertEquals(
                "error.staleData",
                Refusals.refusal(() -> officer.call(() -> returnCommands.approve(request.getId(), version - 1)))
                        .messageKey());
    }

    @Test
    void aLicenceHasOneOpenRequestOfAKindAtATime() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Licence licence = issued(quota, new BigDecimal("70"));
        ReturnRequest first = save(ReturnForm.deletion(licence.getNumber(), null));
        BusinessException second = Refusals.refusal(() -> save(ReturnForm.deletion(licence.getNumber(), null)));
        assertEquals("returns.error.openRequest", second.messageKey());
        assertEquals("licenceNo", second.field());

        // Once the first is deleted (it leaves every list, its history stays), a new one may be saved.
        clerk.call(() -> {
            returnCommands.delete(first.getId(), first.getVersion());
            return null;
        });
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> clerk.call(() -> returnQueries.find(first.getId())))
                        .messageKey());
        ReturnRequest again = save(ReturnForm.deletion(licence.getNumber(), "重新申请"));
        assertEquals(RequestStatus.SAVED, again.getStatus());
        assertEquals(
                List.of(again.getId()),
                clerk.call(() -> returnQueries.ofLicence(licence.getNumber())).stream()
                        .map(ReturnRequest::getId)
                        .toList());
        // Input rules: a remark of more than 200 characters.
        assertEquals(
                "remarks",
                Refusals.refusal(() -> save(ReturnForm.deletion(licence.getNumber(), "长".repeat(201))))
                        .field());
    }
}
