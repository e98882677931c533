package org.exportlicence.returns;

import static org.exportlicence.licence.LicenceFixtures.declare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationFixtures;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceFixtures;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.quota.Quota;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * What an approved deletion or write-off does: the licence's checks at save and again at approval,
 * its new state, the quantity whose quota goes back, and the message for customs.
 */
class ReturnEffectTest {
    private static final String NAMESPACE = "urn:exportlicence:customs:licence:1";
    private static final LocalDate TODAY = LicenceFixtures.ISSUED_ON.plusDays(10);
    private static final LocalDateTime NOW = TODAY.atTime(15, 0);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    /** A rice licence for {@code quantity}, its quota (1000) consumed by it. */
    private static Licence licenceUnderQuota(String quantity) {
        Application application = ApplicationFixtures.saved(ApplicationFixtures.RICE, quantity);
        Quota quota =
                new Quota(application.getEnterprise(), 2026, "06", "06-2026-0001", ApplicationFixtures.KG, dec("1000"));
        return LicenceFixtures.issued(application, LicenceFixtures.ISSUED_ON, quota);
    }

    /** The approval as the service performs it: the step, the effect, the quota given back. */
    private static BigDecimal approve(ReturnRequest request) {
        request.apply(RequestAction.SUBMIT, "clerk-a", null, NOW);
        request.apply(RequestAction.APPROVE, "officer-first", null, NOW.plusHours(1));
        BigDecimal back = request.takeEffect(TODAY);
        request.getLicence().getQuota().release(back);
        request.recordReturned(back);
        return back;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))
                .getDocumentElement();
        assertEquals(NAMESPACE, root.getNamespaceURI());
        return root;
    }

    private static List<String> children(Element root) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName() + "=" + e.getTextContent());
            }
        }
        return names;
    }

    @Test
    void anApprovedDeletionDeletesTheLicenceAndGivesBackItsWholeQuantity() throws Exception {
        Licence licence = licenceUnderQuota("300");
        assertAmount("300", licence.getQuota().getUsed());
        DeletionRequest request = new DeletionRequest(licence, "clerk-a", NOW, "合同取消 <A&B>");
        request.checkLicence(TODAY);

        assertAmount("300", approve(request));
        assertEquals(LicenceStatus.DELETED, licence.getStatus());
        assertAmount("300", request.getReturnedQuantity());
        assertAmount("0", licence.getQuota().getUsed());

        Element message = parse(CustomsMessages.told(request, TODAY));
        assertEquals("licenceDeleted", message.getLocalName());
        assertEquals(
                List.of("licenceNo=" + licence.getNumber(), "deletedOn=" + TODAY, "reason=合同取消 <A&B>"),
                children(message));
        DeletionRequest noReason = new DeletionRequest(LicenceFixtures.rice("10"), "clerk-a", NOW, null);
        assertEquals(
                List.of("licenceNo=" + noReason.getLicence().getNumber(), "deletedOn=" + TODAY),
                children(parse(CustomsMessages.told(noReason, TODAY))),
                "no reason given, none sent");
    }

    @Test
    void aLicenceUsedOrExpiredIsNotDeletedNeitherAtSaveNorAtApproval() {
        Licence licence = licenceUnderQuota("200");
        DeletionRequest request = new DeletionRequest(licence, "clerk-a", NOW, null);
        request.checkLicence(TODAY);
        // Declared at customs after the request was saved: the approval refuses and changes nothing.
        assertNull(declare(licence, TODAY, "200", true));
        assertEquals(
                "licence.error.used",
                assertThrows(BusinessException.class, () -> request.checkLicence(TODAY))
                        .messageKey());
        assertEquals(
                "licence.error.used",
                assertThrows(BusinessException.class, () -> request.takeEffect(TODAY))
                        .messageKey());
        assertEquals(LicenceStatus.CLEARED, licence.getStatus());
        assertAmount("200", licence.getQuota().getUsed());

        Licence unused = LicenceFixtures.rice("10");
        DeletionRequest late = new DeletionRequest(unused, "clerk-a", NOW, null);
        assertEquals(
                "licence.error.expired",
                assertThrows(
                                BusinessException.class,
                                () -> late.checkLicence(
                                        unused.getValidity().getExpiryDate().plusDays(1)))
                        .messageKey());
    }

    @Test
    void anApprovedWriteOffClosesTheLicenceAndGivesBackWhatWasNotUsed() throws Exception {
        Licence licence = licenceUnderQuota("300");
        assertNull(declare(licence, TODAY, "100", false));
        assertNull(declare(licence, TODAY, "150", true));
        WriteOffRequest request = new WriteOffRequest(licence, "clerk-a", NOW, "已全部出运", dec("250.000"));
        request.checkLicence(TODAY);

        assertAmount("50", approve(request));
        assertEquals(LicenceStatus.WRITTEN_OFF, licence.getStatus());
        assertAmount("50", request.getReturnedQuantity());
        assertAmount("250", licence.getQuota().getUsed());

        Element message = parse(CustomsMessages.told(request, TODAY));
        assertEquals("licenceWrittenOff", message.getLocalName());
        List<String> items = children(message);
        assertEquals(List.of("licenceNo=" + licence.getNumber(), "writtenOffOn=" + TODAY), items.subList(0, 2));
        assertAmount("250", dec(items.get(2).substring("writtenOffQuantity=".length())));
        assertAmount("50", dec(items.get(3).substring("returnedQuantity=".length())));
    }

    @Test
    void aWriteOffNeedsAClearedLicenceAndTheQuantityCustomsRecorded() {
        Licence licence = licenceUnderQuota("300");
        WriteOffRequest request = new WriteOffRequest(licence, "clerk-a", NOW, null, dec("240"));
        assertEquals(
                "licence.error.notCleared",
                assertThrows(BusinessException.class, () -> request.checkLicence(TODAY))
                        .messageKey());
        assertNull(declare(licence, TODAY, "250", true));
        BusinessException wrong = assertThrows(BusinessException.class, () -> request.takeEffect(TODAY));
        assertEquals("licence.error.writeOffQuantity", wrong.messageKey());
        assertArrayEquals(new Object[] {licence.getNumber(), "240", "250"}, wrong.arguments());
        assertEquals(LicenceStatus.CLEARED, licence.getStatus(), "a refused approval changes nothing");

        request.revise(null, dec("250"));
        request.checkLicence(TODAY);
        assertAmount("50", request.takeEffect(TODAY));
        assertEquals(LicenceStatus.WRITTEN_OFF, licence.getStatus());
    }

    @Test
    void anOvershippedLicenceGivesNothingBack() {
        Licence coke = LicenceFixtures.coke();
        assertNull(declare(coke, TODAY, "525000", false));
        WriteOffRequest request = new WriteOffRequest(coke, "clerk-a", NOW, null, dec("525000"));
        assertAmount("0", request.takeEffect(TODAY));
        assertEquals(LicenceStatus.WRITTEN_OFF, coke.getStatus());
    }
}
