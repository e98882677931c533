package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.exportlicence.customs.simulator.Messages.LicenceEvent;
import org.exportlicence.customs.simulator.Messages.LicenceMessage;
import org.exportlicence.customs.simulator.Store.Licence;
import org.exportlicence.customs.simulator.Store.Recorded;
import org.exportlicence.customs.simulator.Xml.Contract;
import org.exportlicence.customs.simulator.Xml.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceMessageTest {

    @TempDir
    Path dir;

    static String sample(String name) throws Exception {
        return Files.readString(Path.of("samples", name));
    }

    @Test
    void issuedLicenceParsesIntoWhatTheStoreNeeds() throws Exception {
        LicenceMessage m = LicenceMessage.parse(sample("licenceIssued.xml"));
        assertEquals(LicenceEvent.licenceIssued, m.event());
        assertEquals("26-AB-000123", m.licenceNo());
        assertEquals("0202", m.fields().get("port"));
        assertEquals("035", m.fields().get("unit"));
        assertEquals("1000.500", m.fields().get("quantity"));
        assertEquals("12", m.fields().get("maxUses"));
        assertEquals("天津华粮进出口有限公司 & Co.", m.fields().get("exporterName"));
    }

    @Test
    void storeKeepsStateDetailsAndSeenMessageIds() throws Exception {
        Store store = new Store(dir);
        OffsetDateTime t1 = OffsetDateTime.parse("2026-03-09T10:00:00+08:00");
        String issued = sample("licenceIssued.xml");
        Recorded first = store.record(LicenceMessage.parse(issued), issued, "m-1", t1);
        assertFalse(first.duplicate());
        assertEquals("ISSUED", first.state());

        Recorded again = store.record(LicenceMessage.parse(issued), issued, "m-1", t1.plusMinutes(5));
        assertTrue(again.duplicate(), "same elpMessageId: a redelivery");
        assertEquals(t1, again.receivedAt(), "the receipt repeats the first receipt time");

        String deleted = sample("licenceDeleted.xml");
        assertEquals(
                "DELETED",
                store.record(LicenceMessage.parse(deleted), deleted, "m-2", t1.plusDays(1))
                        .state());
        // A licenceIssued arriving late does not bring a deleted licence back.
        Recorded late = store.record(LicenceMessage.parse(issued), issued, "m-0", t1.plusDays(2));
        assertEquals("DELETED", late.state());
        assertNotNull(late.note());

        Licence l = new Store(dir).licence("26-AB-000123").orElseThrow();
        assertEquals("DELETED", l.state());
        assertEquals("0202", l.port());
        assertEquals("035", l.unit());
        assertEquals("1000.500", l.quantity());
        assertEquals("企业申请注销", l.get("licenceDeleted.reason"));
        assertEquals(3, l.messagesSeen().size());
        assertTrue(l.seen("m-2").isPresent());
        assertEquals(issued, Files.readString(dir.resolve("licences/26-AB-000123.xml")), "the last message received");
    }

    @Test
    void everyLicenceSampleIsValid() throws Exception {
        for (String s :
                new String[] {"licenceIssued.xml", "licenceDeleted.xml", "licenceWrittenOff.xml", "licenceExpired.xml"
                }) {
            Xml.parseValid(sample(s), Contract.LICENCE);
            assertNotNull(LicenceMessage.parse(sample(s)).event());
        }
    }

    @Test
    void doctypeInALicenceMessageIsRefused() throws Exception {
        XmlException e = assertThrows(XmlException.class, () -> LicenceMessage.parse(sample("licence-doctype.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().startsWith("refused unread"), e.getMessage());
        // Also an internal DOCTYPE without any entity.
        String plain =
                sample("licenceExpired.xml").replace("<licenceExpired ", "<!DOCTYPE licenceExpired>\n<licenceExpired ");
        assertThrows(XmlException.class, () -> LicenceMessage.parse(plain));
    }

    @Test
    void otherVersionsUnknownMessagesAndSchemaBreaksAreRefused() throws Exception {
        String v2 = sample("licenceExpired.xml").replace("licence:1", "licence:2");
        assertTrue(assertThrows(XmlException.class, () -> LicenceMessage.parse(v2))
                .getMessage()
                .contains("unsupported version"));
        String unknown = "<licenceSuspended xmlns=\"urn:exportlicence:customs:licence:1\"/>";
        assertThrows(XmlException.class, () -> LicenceMessage.parse(unknown));
        String badNumber = sample("licenceExpired.xml").replace("26-AB-000123", "26-AB-123");
        assertTrue(assertThrows(XmlException.class, () -> LicenceMessage.parse(badNumber))
                .getMessage()
                .contains("licence-1.xsd"));
        assertThrows(XmlException.class, () -> LicenceMessage.parse("not xml"));
    }
}
