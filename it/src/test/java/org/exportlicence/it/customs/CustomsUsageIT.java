package org.exportlicence.it.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.customs.CustomsErrors;
import org.exportlicence.customs.CustomsMessageError;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.LicenceEvents;
import org.exportlicence.customs.LicenceReceipt;
import org.exportlicence.customs.UsageReply;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.licence.CustomsStatus;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.PageRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customs usage over the real broker: exactly once per declaration, every rule, replies, poison messages. */
@ExtendWith(ArquillianExtension.class)
class CustomsUsageIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsOfficer firstReviewer;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private CustomsErrors customsErrors;

    @EJB
    private TestLicences testLicences;

    private CustomsClient customs;
    private final LocalDate today = LocalDate.now(CHINA);

    @BeforeEach
    void setUp() throws Exception {
        enterpriseFixtures.ensureUsers();
        customs = new CustomsClient("ElpTestReplies");
    }

    @AfterEach
    void tearDown() {
        customs.close();
    }

    private Licence issued(ApplicationForm form) throws Exception {
        return testLicences.issued(form);
    }

    /** 大米, 非一批一证 (12 uses), no 溢装. */
    private Licence riceLicence(String quantity) throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000000"));
        return issued(applicationFixtures.riceForm(quota, new BigDecimal(quantity)));
    }

    /** 焦炭, bulk goods under 一批一证: 5 % 溢装. */
    private Licence cokeLicence() throws Exception {
        return issued(applicationFixtures.cokeForm());
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theSameDeclarationDeliveredThreeTimesCountsOnce() throws Exception {
        Licence licence = riceLicence("24000");
        String declaration = CustomsClient.declarationNo();
        String body = CustomsClient.usage(licence.getNumber(), declaration, today, "0200", dec("1500"));
        for (int i = 0; i < 3; i++) {
            customs.send(body, declaration);
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            results.add(customs.reply(declaration).getResult());
        }
        results.sort(null);
        assertEquals(List.of("ACCEPTED", "ALREADY_RECORDED", "ALREADY_RECORDED"), results);
        assertEquals(1, licenceFixtures.usageLines(licence.getNumber()));
        Licence after = licenceFixtures.licenceNamed(licence.getNumber());
        assertEquals(0, dec("1500").compareTo(after.getBalance().getUsedQuantity()));
        assertEquals(1, after.getBalance().getUseCount());
        assertEquals(LicenceStatus.IN_USE, after.getStatus());

        // The same number with other content is not a redelivery: refused, nothing changes.
        customs.send(CustomsClient.usage(licence.getNumber(), declaration, today, "0200", dec("99")), declaration);
        UsageReply conflict = customs.reply(declaration);
        assertEquals("DECLARATION_CONFLICT", conflict.getReasonCode());
        assertEquals(1, licenceFixtures.usageLines(licence.getNumber()));
    }

    @Test
    void aMultiUseLicenceServesTwelveDeclarationsAndRefusesTheThirteenth() throws Exception {
        Licence licence = riceLicence("24000");
        for (int use = 1; use <= 12; use++) {
            UsageReply reply = customs.declare(licence.getNumber(), today, "0200", dec("1000"));
            assertEquals("ACCEPTED", reply.getResult(), "use " + use + ": " + reply.getReason());
            assertEquals(12 - use, reply.getUsesLeft());
        }
        UsageReply thirteenth = customs.declare(licence.getNumber(), today, "0200", dec("1000"));
        assertEquals("REFUSED", thirteenth.getResult());
        assertEquals("USE_LIMIT_REACHED", thirteenth.getReasonCode());
        assertTrue(thirteenth.getReason().contains("12"), thirteenth.getReason());
        Licence after = licenceFixtures.licenceNamed(licence.getNumber());
        assertEquals(12, after.getBalance().getUseCount());
        assertEquals(0, dec("12000").compareTo(after.getBalance().getUsedQuantity()));
        assertEquals(LicenceStatus.CLEARED, after.getStatus(), "no use left: cleared");
        assertEquals(12, licenceFixtures.usageLines(licence.getNumber()));
    }

    @Test
    void bulkGoodsMayBeOvershippedByFivePercentAndNoMore() throws Exception {
        Licence within = cokeLicence();
        assertEquals(0, dec("5").compareTo(within.getBalance().getOvershipmentPercent()), "焦炭 is bulk goods");
        assertEquals(1, within.getBalance().getMaxUses(), "焦炭 is 一批一证");
        UsageReply fivePercent = customs.declare(within.getNumber(), today, "0200", dec("525000"));
        assertEquals("ACCEPTED", fivePercent.getResult(), fivePercent.getReason());
        assertEquals(LicenceStatus.CLEARED.name(), fivePercent.getLicenceStatus());
        // 一批一证: one declaration only, however much is left.
        UsageReply second = customs.declare(within.getNumber(), today, "0200", dec("1"));
        assertEquals("SINGLE_USE_EXHAUSTED", second.getReasonCode());

        Licence beyond = cokeLicence();
        UsageReply overFive = customs.declare(beyond.getNumber(), today, "0200", dec("525500"));
        assertEquals("REFUSED", overFive.getResult());
        assertEquals("QUANTITY_EXCEEDED", overFive.getReasonCode());
        assertTrue(overFive.getReason().contains("525000"), overFive.getReason());
        assertEquals(0, licenceFixtures.usageLines(beyond.getNumber()));
        assertEquals(
                LicenceStatus.VALID,
                licenceFixtures.licenceNamed(beyond.getNumber()).getStatus());
    }

    @Test
    void everyRuleIsRefusedWithItsReasonCodeAndChangesNothing() throws Exception {
        Licence rice = riceLicence("10000");
        assertEquals(
                "UNKNOWN_LICENCE",
                customs.declare("26-02-999999", today, "0200", dec("1")).getReasonCode());
        UsageReply port = customs.declare(rice.getNumber(), today, "0100", dec("1"));
        assertEquals("PORT_MISMATCH", port.getReasonCode());
        assertTrue(port.getReason().contains("0200"), port.getReason());
        assertEquals(
                "LICENCE_EXPIRED",
                customs.declare(
                                rice.getNumber(),
                                rice.getValidity().getExpiryDate().plusDays(1),
                                "0200",
                                dec("1"))
                        .getReasonCode());
        assertEquals(
                "LICENCE_NOT_YET_VALID",
                customs.declare(
                                rice.getNumber(),
                                rice.getValidity().getValidFrom().minusDays(1),
                                "0200",
                                dec("1"))
                        .getReasonCode());
        assertEquals(
                "QUANTITY_EXCEEDED",
                customs.declare(rice.getNumber(), today, "0200", dec("10000.001"))
                        .getReasonCode(),
                "no 溢装 for 非一批一证 goods");
        assertEquals(0, licenceFixtures.usageLines(rice.getNumber()));
        Licence after = licenceFixtures.licenceNamed(rice.getNumber());
        assertEquals(LicenceStatus.VALID, after.getStatus());
        assertEquals(0, after.getBalance().getUseCount());
        // The last day of validity still counts, and the whole quantity may be cleared.
        assertEquals(
                "ACCEPTED",
                customs.declare(rice.getNumber(), rice.getValidity().getExpiryDate(), "0200", dec("10000"))
                        .getResult());
        assertEquals(
                LicenceStatus.CLEARED,
                licenceFixtures.licenceNamed(rice.getNumber()).getStatus());
    }

    @Test
    void anExternalEntityIsRefusedWithoutBeingRead() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(500);
            String correlation = "XXE-" + System.nanoTime();
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE usage [<!ENTITY secret SYSTEM \"http://127.0.0.1:"
                    + trap.getLocalPort() + "/secret\">]>\n"
                    + CustomsClient.usage("26-02-999999", CustomsClient.declarationNo(), today, "0200", dec("1"))
                            .replaceFirst("<\\?xml[^>]*\\?>", "")
                            .replace("<unit>035</unit>", "<unit>&secret;</unit>");
            customs.send(xxe, correlation);
            UsageReply reply = customs.reply(correlation);
            assertEquals("REFUSED", reply.getResult());
            assertEquals("MALFORMED_MESSAGE", reply.getReasonCode());
            assertTrue(reply.getReason().contains("DOCTYPE"), reply.getReason());
            assertThrows(
                    SocketTimeoutException.class,
                    () -> trap.accept().close(),
                    "the platform must not have fetched the entity");
            CustomsMessageError kept = keptError(correlation);
            assertEquals("MALFORMED_MESSAGE", kept.getReasonCode());
            assertTrue(kept.getBody().contains("<!ENTITY secret"), "kept as received");
        }
    }

    @Test
    void aMessageOverTheSizeLimitIsRefused() throws Exception {
        String correlation = "BIG-" + System.nanoTime();
        String body = CustomsClient.usage("26-02-999999", CustomsClient.declarationNo(), today, "0200", dec("1"))
                .replace("<goodsLine>", "<!--" + "x".repeat(CustomsXml.MAX_MESSAGE_BYTES) + "--><goodsLine>");
        customs.send(body, correlation);
        UsageReply reply = customs.reply(correlation);
        assertEquals("MESSAGE_TOO_LARGE", reply.getReasonCode());
        assertTrue(reply.getReason().contains(String.valueOf(CustomsXml.MAX_MESSAGE_BYTES)), reply.getReason());
        assertEquals(body.length(), keptError(correlation).getBodySize());
    }

    @Test
    void aMessageThePlatformSendsIsNotTakenInbound() throws Exception {
        String correlation = "OWN-" + System.nanoTime();
        customs.send(CustomsXml.write(new LicenceEvents.Deleted("26-02-000050", today, null)), correlation);
        UsageReply reply = customs.reply(correlation);
        assertEquals("MALFORMED_MESSAGE", reply.getReasonCode());
        assertEquals("MALFORMED_MESSAGE", keptError(correlation).getReasonCode());
    }

    @Test
    void aUsageWhoseJmsTypeIsNotItsRootElementIsRefusedAndChangesNothing() throws Exception {
        Licence licence = riceLicence("1000");
        for (String type : new String[] {"licenceReceipt", "<script>alert(1)</script>", null}) {
            String declaration = CustomsClient.declarationNo();
            customs.send(
                    CustomsClient.usage(licence.getNumber(), declaration, today, "0200", dec("10")), declaration, type);
            UsageReply reply = customs.reply(declaration);
            assertEquals("REFUSED", reply.getResult(), "type " + type);
            assertEquals("MALFORMED_MESSAGE", reply.getReasonCode());
            assertTrue(reply.getReason().contains("JMSType"), reply.getReason());
        }
        assertEquals(0, licenceFixtures.usageLines(licence.getNumber()), "nothing recorded");
    }

    @Test
    void aMessageThatKeepsFailingIsSetAsideAndCanBeReplayed() throws Exception {
        Licence licence = riceLicence("10000");
        licenceFixtures.setRawLicenceStatus(licence.getNumber(), "CORRUPT");
        String declaration = CustomsClient.declarationNo();
        customs.send(CustomsClient.usage(licence.getNumber(), declaration, today, "0200", dec("100")), declaration);
        CustomsMessageError kept = keptError(declaration);
        assertEquals("PROCESSING_FAILED", kept.getReasonCode());
        assertEquals(5, kept.getDeliveryCount(), "set aside after the bounded number of deliveries");
        assertEquals(0, licenceFixtures.usageLines(licence.getNumber()));

        // Once the row is repaired, the officer replays the message and it counts.
        licenceFixtures.setRawLicenceStatus(licence.getNumber(), "VALID");
        CustomsMessageError replayed = firstReviewer.call(() -> customsErrors.replay(kept.getId(), kept.getVersion()));
        assertEquals(CustomsMessageError.Status.REPLAYED, replayed.getStatus());
        assertEquals("ACCEPTED", customs.reply(declaration).getResult());
        assertEquals(1, licenceFixtures.usageLines(licence.getNumber()));
        assertEquals(
                "customs.error.alreadyReplayed",
                Refusals.refusal(() ->
                                firstReviewer.call(() -> customsErrors.replay(kept.getId(), replayed.getVersion())))
                        .messageKey());
        Refusals.assertAccessDenied(() -> clerk.call(() -> customsErrors.list(null, PageRequest.of(0, 10))));
    }

    @Test
    void licenceMessagesReachCustomsAndTheirReceiptIsShown() throws Exception {
        Licence licence = riceLicence("5000");
        Message message = customs.licenceMessage(licence.getNumber(), 30_000);
        assertNotNull(message, "the licence message reaches the customs queue");
        String text = ((TextMessage) message).getText();
        CustomsXml.validate(text);
        assertTrue(text.contains(licence.getNumber()));
        assertEquals("licenceIssued", message.getJMSType());
        String messageId = message.getStringProperty("elpMessageId");
        assertTrue(messageId.startsWith("ELP-"), messageId);
        assertEquals(CustomsStatus.SENT, awaitCustomsStatus(licence.getNumber(), CustomsStatus.SENT));

        customs.sendReceipt(
                CustomsXml.write(new LicenceReceipt(messageId, licence.getNumber(), LocalDateTime.now(CHINA))));
        assertEquals(CustomsStatus.ACKNOWLEDGED, awaitCustomsStatus(licence.getNumber(), CustomsStatus.ACKNOWLEDGED));
        assertNull(customs.licenceMessage(licence.getNumber(), 500), "delivered once");
    }

    private CustomsStatus awaitCustomsStatus(String licenceNo, CustomsStatus wanted) throws InterruptedException {
        CustomsStatus status = null;
        for (int i = 0; i < 150 && status != wanted; i++) {
            status = licenceFixtures.licenceNamed(licenceNo).getCustomsStatus();
            if (status != wanted) {
                Thread.sleep(200);
            }
        }
        return status;
    }

    /**
     * The message the platform set aside under a correlation id, as the administrator's screen lists
     * it (officers see only those naming a licence of their authority, see DataScopeIT).
     */
    private CustomsMessageError keptError(String correlationId) throws Exception {
        return CustomsClient.keptError(administrator, customsErrors, correlationId);
    }
}
