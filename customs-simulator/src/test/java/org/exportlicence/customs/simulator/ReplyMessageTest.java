package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Xml.Contract;
import org.exportlicence.customs.simulator.Xml.XmlException;
import org.junit.jupiter.api.Test;

class ReplyMessageTest {

    @Test
    void licenceReceiptValidatesAgainstReplySchema() throws Exception {
        String xml =
                Messages.licenceReceipt("elp-42", "26-AB-000123", OffsetDateTime.parse("2026-03-09T10:00:00+08:00"));
        Map<String, String> f = Xml.fields(Xml.parseValid(xml, Contract.REPLY), Xml.REPLY_NS);
        assertEquals(
                Map.of("messageId", "elp-42", "licenceNo", "26-AB-000123", "receivedAt", "2026-03-09T10:00:00+08:00"),
                f);
    }

    @Test
    void usageReplyIsRead() throws Exception {
        String xml = """
                <usageReply xmlns="urn:exportlicence:customs:reply:1">
                  <declarationNo>020220261000000001</declarationNo><licenceNo>26-AB-000123</licenceNo>
                  <result>REFUSED</result><reasonCode>QUANTITY_EXCEEDED</reasonCode><reason>超出许可数量</reason>
                  <usedQuantity>900</usedQuantity><quantityLeft>100.5</quantityLeft><usesLeft>3</usesLeft>
                  <licenceStatus>IN_USE</licenceStatus>
                </usageReply>""";
        UsageReply.Parsed p = UsageReply.parse(xml);
        assertNull(p.schemaProblem());
        assertTrue(p.reply().refused());
        assertFalse(p.reply().accepted());
        assertEquals("QUANTITY_EXCEEDED", p.reply().reasonCode());
        assertEquals("超出许可数量", p.reply().reason());
        assertEquals("100.5", p.reply().quantityLeft());
        assertEquals("3", p.reply().usesLeft());
    }

    @Test
    void replyBreakingTheSchemaIsReadWithAWarning() throws Exception {
        UsageReply.Parsed p = UsageReply.parse(
                "<usageReply xmlns=\"urn:exportlicence:customs:reply:1\"><result>MAYBE</result></usageReply>");
        assertNotNull(p.schemaProblem());
        assertEquals("MAYBE", p.reply().result());
        assertThrows(XmlException.class, () -> UsageReply.parse("<usageReply/>"));
        assertThrows(
                XmlException.class,
                () -> UsageReply.parse(
                        "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><usageReply>&e;</usageReply>"));
    }
}
