package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Xml.Contract;
import org.exportlicence.customs.simulator.Xml.XmlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class UsageMessageTest {

    @TempDir
    Path dir;

    private Usage usage(String declarationNo) {
        return new Usage(
                "26-AB-000123",
                declarationNo,
                LocalDate.of(2026, 3, 9),
                "0202",
                1,
                new BigDecimal("100.250"),
                "035",
                false);
    }

    @Test
    void declarationNumberIsEighteenCharactersOfPortYearOneSerial() {
        Store store = new Store(dir);
        String first = store.nextDeclarationNumber("0202", LocalDate.of(2026, 3, 9));
        String second = store.nextDeclarationNumber("0202", LocalDate.of(2026, 3, 9));
        assertEquals(18, first.length());
        assertTrue(first.matches("0202" + "2026" + "1" + "[0-9]{9}"), first);
        assertTrue(first.matches("[0-9A-Z]{18}"), "usage-1.xsd's pattern");
        assertEquals(Long.parseLong(first.substring(9)) + 1, Long.parseLong(second.substring(9)));
        // The counter is kept in the store: a new Store on the same directory goes on from it.
        String third = new Store(dir).nextDeclarationNumber("0101", LocalDate.of(2027, 1, 2));
        assertTrue(third.startsWith("010120271"), third);
        assertEquals(Long.parseLong(second.substring(9)) + 1, Long.parseLong(third.substring(9)));
    }

    @Test
    void declarationNumberNeedsAFourDigitPort() {
        Store store = new Store(dir);
        assertThrows(IllegalArgumentException.class, () -> store.nextDeclarationNumber("SHA", LocalDate.now()));
    }

    @Test
    void usageMessageValidatesAgainstUsageSchema() throws Exception {
        String declarationNo = new Store(dir).nextDeclarationNumber("0202", LocalDate.of(2026, 3, 9));
        String xml = usage(declarationNo).toValidXml();
        Document doc = Xml.parseValid(xml, Contract.USAGE);
        assertEquals("usage", Xml.rootName(doc));
        assertEquals(Xml.USAGE_NS, Xml.rootNamespace(doc));
        Map<String, String> f = Xml.fields(doc, Xml.USAGE_NS);
        assertEquals(
                java.util.List.of(
                        "licenceNo", "declarationNo", "declarationDate", "port", "goodsLine", "quantity", "unit"),
                java.util.List.copyOf(f.keySet()));
        assertEquals(declarationNo, f.get("declarationNo"));
        assertEquals("2026-03-09", f.get("declarationDate"));
        assertEquals("100.250", f.get("quantity"));
        assertEquals(usage(declarationNo), Usage.parse(xml));
    }

    @Test
    void usageBreakingTheSchemaIsNotBuilt() {
        Usage badPort = new Usage(
                "26-AB-000123", "020220261000000001", LocalDate.of(2026, 3, 9), "SHA", 1, BigDecimal.ONE, "035", false);
        XmlException e = assertThrows(XmlException.class, badPort::toValidXml);
        assertTrue(e.getMessage().contains("usage-1.xsd"), e.getMessage());
        Usage tooManyDecimals = new Usage(
                "26-AB-000123",
                "020220261000000001",
                LocalDate.of(2026, 3, 9),
                "0202",
                1,
                new BigDecimal("1.2345"),
                "035",
                false);
        assertThrows(XmlException.class, tooManyDecimals::toValidXml);
    }

    @Test
    void textIsEscaped() throws Exception {
        String xml = Xml.build(Xml.USAGE_NS, "usage", Map.of("licenceNo", "A&B<C>\"]]>"));
        assertTrue(xml.contains("A&amp;B&lt;C&gt;"), xml);
        assertEquals("A&B<C>\"]]>", Xml.fields(Xml.parse(xml), Xml.USAGE_NS).get("licenceNo"));
    }

    @Test
    void malformedMessagesAreMalformedInTheirOwnWay() throws Exception {
        Usage u = usage("020220261000000001");
        String xxe = Simulator.malformedText("xxe", u);
        assertTrue(xxe.contains("<!DOCTYPE usage [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"), xxe);
        assertTrue(xxe.contains("<licenceNo>&xxe;</licenceNo>"), xxe);
        assertThrows(XmlException.class, () -> Xml.parse(xxe));

        String oversize = Simulator.malformedText("oversize", u);
        assertTrue(oversize.getBytes(StandardCharsets.UTF_8).length > 64 * 1024);
        Xml.parseValid(oversize, Contract.USAGE); // valid apart from its size

        String invalid = Simulator.malformedText("invalid", u);
        Document doc = Xml.parse(invalid); // well-formed
        assertEquals(17, Xml.fields(doc, Xml.USAGE_NS).get("declarationNo").length());
        assertThrows(XmlException.class, () -> Xml.validate(doc, Contract.USAGE));

        assertThrows(XmlException.class, () -> Xml.parse(Simulator.malformedText("garbage", u)));
        assertNotEquals(Simulator.malformedText("garbage", u), Simulator.malformedText("garbage", u));
    }
}
