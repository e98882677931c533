package org.exportlicence.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.licence.UsageDeclaration;
import org.exportlicence.licence.UsageOutcome;
import org.exportlicence.licence.UsageRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomsXmlTest {
    private static final String USAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <usage xmlns="urn:exportlicence:customs:usage:1">
              <licenceNo>26-02-000050</licenceNo>
              <declarationNo>020220261000000001</declarationNo>
              <declarationDate>2026-11-27</declarationDate>
              <port>0200</port>
              <goodsLine>1</goodsLine>
              <quantity>1000.5</quantity>
              <unit>035</unit>
            </usage>
            """;

    @Test
    void readsAUsageMessage() throws Exception {
        UsageMessage message = assertInstanceOf(UsageMessage.class, CustomsXml.read(USAGE));
        UsageDeclaration d = message.toDeclaration("ID:1");
        assertEquals("26-02-000050", d.licenceNo());
        assertEquals("020220261000000001", d.declarationNo());
        assertEquals(LocalDate.of(2026, 11, 27), d.declarationDate());
        assertEquals("0200", d.portCode());
        assertEquals(1, d.goodsLine());
        assertEquals(new BigDecimal("1000.5"), d.quantity());
        assertEquals("035", d.unitCode());
    }

    @Test
    void writesWhatItReads() throws Exception {
        String text = CustomsXml.write(new UsageMessage(
                "26-02-000050",
                "020220261000000002",
                LocalDate.of(2026, 1, 2),
                "0200",
                3,
                new BigDecimal("12.000"),
                "035",
                true));
        UsageMessage back = assertInstanceOf(UsageMessage.class, CustomsXml.read(text));
        assertEquals("020220261000000002", back.getDeclarationNo());
        assertEquals(LocalDate.of(2026, 1, 2), back.toDeclaration(null).declarationDate());
        assertTrue(back.toDeclaration(null).lastUse());
        assertFalse(
                assertInstanceOf(UsageMessage.class, CustomsXml.read(USAGE))
                        .toDeclaration(null)
                        .lastUse(),
                "lastUse is optional and false when absent");
    }

    @Test
    void refusesWhatBreaksTheSchema() {
        String shortNumber = USAGE.replace("020220261000000001", "02022026100000001");
        CustomsXml.UnreadableMessage e =
                assertThrows(CustomsXml.UnreadableMessage.class, () -> CustomsXml.read(shortNumber));
        assertFalse(e.tooLarge());
        assertThrows(
                CustomsXml.UnreadableMessage.class,
                () -> CustomsXml.read(USAGE.replace("<goodsLine>1", "<goodsLine>0")));
        assertThrows(CustomsXml.UnreadableMessage.class, () -> CustomsXml.read("not xml at all"));
        assertThrows(
                CustomsXml.UnreadableMessage.class,
                () -> CustomsXml.read(
                        USAGE.replace("urn:exportlicence:customs:usage:1", "urn:exportlicence:customs:usage:2")));
    }

    @Test
    void refusesExternalEntitiesWithoutFetchingThem(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            for (String target :
                    new String[] {secret.toUri().toString(), "http://127.0.0.1:" + server.getLocalPort() + "/entity"}) {
                String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE usage [<!ENTITY x SYSTEM \"" + target + "\">]>\n"
                        + USAGE.substring(USAGE.indexOf("<usage")).replace("<unit>035</unit>", "<unit>&x;</unit>");
                CustomsXml.UnreadableMessage e =
                        assertThrows(CustomsXml.UnreadableMessage.class, () -> CustomsXml.read(xxe));
                assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
                assertFalse(e.getMessage().contains("TOP-SECRET"));
            }
            assertThrows(
                    SocketTimeoutException.class,
                    () -> {
                        try (Socket s = server.accept();
                                InputStream in = s.getInputStream();
                                OutputStream out = s.getOutputStream()) {
                            in.read();
                        }
                    },
                    "the parser must not have connected to the entity's address");
        } catch (IOException e) {
            throw e;
        }
    }

    @Test
    void refusesTooLargeMessagesUnread() {
        String padding = "<!--" + "中".repeat(CustomsXml.MAX_MESSAGE_BYTES / 3) + "-->";
        String big = USAGE.replace("<goodsLine>", padding + "<goodsLine>");
        CustomsXml.UnreadableMessage e = assertThrows(CustomsXml.UnreadableMessage.class, () -> CustomsXml.read(big));
        assertTrue(e.tooLarge());
        assertEquals(big.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, CustomsXml.utf8Length(big));
    }

    @Test
    void repliesAndReceiptsFollowTheirSchema() throws Exception {
        String refused = CustomsXml.write(UsageReply.of(
                "020220261000000001",
                "26-02-000050",
                UsageOutcome.unreadable(UsageRefusal.UNKNOWN_LICENCE, "许可证号 26-02-000050 不存在")));
        CustomsXml.validate(refused);
        UsageReply back1 = assertInstanceOf(UsageReply.class, CustomsXml.read(refused));
        assertEquals("REFUSED", back1.getResult());
        assertEquals("UNKNOWN_LICENCE", back1.getReasonCode());
        String accepted = CustomsXml.write(UsageReply.of(
                "020220261000000001",
                "26-02-000050",
                new UsageOutcome(
                        UsageOutcome.Result.ACCEPTED,
                        null,
                        null,
                        new BigDecimal("10.000"),
                        new BigDecimal("90.000"),
                        11,
                        LicenceStatus.IN_USE)));
        CustomsXml.validate(accepted);
        String receipt =
                CustomsXml.write(new LicenceReceipt("ELP-50", "26-02-000050", LocalDateTime.of(2026, 11, 27, 9, 30)));
        LicenceReceipt back = assertInstanceOf(LicenceReceipt.class, CustomsXml.read(receipt));
        assertEquals("ELP-50", back.getMessageId());
    }

    @Test
    void licenceMessagesFollowTheirSchema() throws Exception {
        CustomsXml.validate("""
                <licenceDeleted xmlns="urn:exportlicence:customs:licence:1">
                  <licenceNo>26-02-000050</licenceNo><deletedOn>2026-11-27</deletedOn>
                </licenceDeleted>""");
        assertThrows(CustomsXml.UnreadableMessage.class, () -> CustomsXml.validate("""
                <licenceDeleted xmlns="urn:exportlicence:customs:licence:1">
                  <licenceNo>2026-000050</licenceNo><deletedOn>2026-11-27</deletedOn>
                </licenceDeleted>"""));
    }

    @Test
    void licenceEventsAreWrittenAsTheSchemaSays() throws Exception {
        String issued = CustomsXml.write(new LicenceEvents.Issued(
                "26-02-000050",
                "AB23CD45",
                "TB-天津",
                LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 12, 31),
                "1201000000001",
                "天津华粮进出口有限公司 & Co",
                "0110",
                "0200",
                "116",
                "1006302000",
                "035",
                new BigDecimal("25000.000"),
                12,
                BigDecimal.ZERO));
        CustomsXml.validate(issued);
        assertInstanceOf(LicenceEvents.Issued.class, CustomsXml.read(issued));
        assertTrue(issued.contains("&amp; Co"), issued);
        CustomsXml.validate(CustomsXml.write(
                new LicenceEvents.Deleted("26-02-000050", LocalDate.of(2026, 11, 27), "不再出口".repeat(200))));
        CustomsXml.validate(CustomsXml.write(new LicenceEvents.WrittenOff(
                "26-02-000050", LocalDate.of(2026, 11, 27), new BigDecimal("20000"), new BigDecimal("5000"))));
        assertThrows(
                IllegalStateException.class,
                () -> CustomsXml.write(new LicenceEvents.Deleted("not-a-number", LocalDate.of(2026, 11, 27), null)),
                "never queued when it breaks the schema");
    }

    @Test
    void theExpiryMessageWrittenWithoutTheSchemaCheckFollowsTheSchema() throws Exception {
        for (String number : new String[] {"26-02-000050", "26-12-999999", "25-A1-000001"}) {
            String xml = CustomsOutbox.expiredXml(number, LocalDate.of(2026, 12, 31));
            CustomsXml.validate(xml);
            assertInstanceOf(LicenceEvents.Expired.class, CustomsXml.read(xml));
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> CustomsOutbox.expiredXml("26-02-1234567", LocalDate.of(2026, 12, 31)),
                "checked by type instead: never queued when it would break the schema");
        assertThrows(IllegalArgumentException.class, () -> CustomsOutbox.expiredXml("26-02-123456", null));
    }

    @Test
    void jmsTypeIsTheRootElement() {
        assertEquals("licenceIssued", OutboxSender.rootElementOf("LICENCE_ISSUED"));
        assertEquals("licenceWrittenOff", OutboxSender.rootElementOf("LICENCE_WRITTEN_OFF"));
    }

    @Test
    void licenceEventsKeepTheirOutboxNames() {
        // The customs system routes on these names; a deletion and a write-off were asserted per request kind.
        assertEquals("LICENCE_ISSUED", CustomsOutbox.LICENCE_ISSUED);
        assertEquals("LICENCE_DELETED", CustomsOutbox.LICENCE_DELETED);
        assertEquals("LICENCE_WRITTEN_OFF", CustomsOutbox.LICENCE_WRITTEN_OFF);
    }
}
