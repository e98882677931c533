package org.exportlicence.customs.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exportlicence.customs.simulator.Xml.Contract;
import org.exportlicence.customs.simulator.Xml.XmlException;
import org.w3c.dom.Document;

/** The messages customs receives and sends, as the simulator reads and builds them. */
final class Messages {

    /** Customs dates are reckoned in China Standard Time, like the platform's. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Messages() {}

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    static String timestamp(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    // ---------------------------------------------------------------- licence messages (received)

    /** The four licence messages of licence-1.xsd and the state each leaves the licence in. */
    enum LicenceEvent {
        licenceIssued("ISSUED"),
        licenceDeleted("DELETED"),
        licenceWrittenOff("WRITTEN_OFF"),
        licenceExpired("EXPIRED");

        final String state;

        LicenceEvent(String state) {
            this.state = state;
        }

        static LicenceEvent of(String rootElement) {
            for (LicenceEvent e : values()) {
                if (e.name().equals(rootElement)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** A received licence message: which event, the licence number and every field. */
    record LicenceMessage(LicenceEvent event, String licenceNo, Map<String, String> fields) {

        /** Parses (hardened) and validates against licence-1.xsd. */
        static LicenceMessage parse(String text) throws XmlException {
            Document doc = Xml.parse(text);
            String ns = Xml.rootNamespace(doc);
            String root = Xml.rootName(doc);
            if (!Xml.LICENCE_NS.equals(ns)) {
                throw new XmlException(
                        "root element {" + ns + "}" + root + " is not a licence message of " + Xml.LICENCE_NS
                                + " (unsupported version?)",
                        null);
            }
            LicenceEvent event = LicenceEvent.of(root);
            if (event == null) {
                throw new XmlException("unknown licence message <" + root + ">", null);
            }
            Xml.validate(doc, Contract.LICENCE);
            Map<String, String> fields = Xml.fields(doc, Xml.LICENCE_NS);
            return new LicenceMessage(event, fields.get("licenceNo"), fields);
        }
    }

    // ---------------------------------------------------------------- usage messages (sent)

    /** One usage message of usage-1.xsd: a customs declaration that used a licence. */
    record Usage(
            String licenceNo,
            String declarationNo,
            LocalDate declarationDate,
            String port,
            int goodsLine,
            BigDecimal quantity,
            String unit,
            boolean lastUse) {

        String toXml() {
            Map<String, String> c = new LinkedHashMap<>();
            c.put("licenceNo", licenceNo);
            c.put("declarationNo", declarationNo);
            c.put("declarationDate", declarationDate.toString());
            c.put("port", port);
            c.put("goodsLine", Integer.toString(goodsLine));
            c.put("quantity", quantity.toPlainString());
            c.put("unit", unit);
            if (lastUse) {
                c.put("lastUse", "true");
            }
            return Xml.build(Xml.USAGE_NS, "usage", c);
        }

        /** The XML, validated against usage-1.xsd (so that nothing invalid is sent by mistake). */
        String toValidXml() throws XmlException {
            String xml = toXml();
            Xml.parseValid(xml, Contract.USAGE);
            return xml;
        }

        /** Reads a usage message the simulator stored (for replay and status). */
        static Usage parse(String text) throws XmlException {
            Document doc = Xml.parseValid(text, Contract.USAGE);
            Map<String, String> f = Xml.fields(doc, Xml.USAGE_NS);
            return new Usage(
                    f.get("licenceNo"),
                    f.get("declarationNo"),
                    LocalDate.parse(f.get("declarationDate")),
                    f.get("port"),
                    Integer.parseInt(f.get("goodsLine")),
                    new BigDecimal(f.get("quantity")),
                    f.get("unit"),
                    "true".equals(f.get("lastUse")));
        }
    }

    // ---------------------------------------------------------------- replies (received)

    /** The platform's answer to a usage message (reply-1.xsd). Absent elements are null. */
    record UsageReply(
            String declarationNo,
            String licenceNo,
            String result,
            String reasonCode,
            String reason,
            String usedQuantity,
            String quantityLeft,
            String usesLeft,
            String licenceStatus) {

        /**
         * Parses (hardened) a usageReply. A reply that breaks reply-1.xsd is still read as far as
         * possible; {@code schemaProblem} then tells what is wrong with it.
         */
        static Parsed parse(String text) throws XmlException {
            Document doc = Xml.parse(text);
            if (!Xml.REPLY_NS.equals(Xml.rootNamespace(doc)) || !"usageReply".equals(Xml.rootName(doc))) {
                throw new XmlException(
                        "not a usageReply of " + Xml.REPLY_NS + " but {" + Xml.rootNamespace(doc) + "}"
                                + Xml.rootName(doc),
                        null);
            }
            String problem = null;
            try {
                Xml.validate(doc, Contract.REPLY);
            } catch (XmlException e) {
                problem = e.getMessage();
            }
            Map<String, String> f = Xml.fields(doc, Xml.REPLY_NS);
            UsageReply reply = new UsageReply(
                    f.get("declarationNo"),
                    f.get("licenceNo"),
                    f.get("result"),
                    f.get("reasonCode"),
                    f.get("reason"),
                    f.get("usedQuantity"),
                    f.get("quantityLeft"),
                    f.get("usesLeft"),
                    f.get("licenceStatus"));
            return new Parsed(reply, problem);
        }

        boolean accepted() {
            return "ACCEPTED".equals(result) || "ALREADY_RECORDED".equals(result);
        }

        boolean refused() {
            return "REFUSED".equals(result);
        }

        record Parsed(UsageReply reply, String schemaProblem) {}
    }

    // ---------------------------------------------------------------- receipts (sent)

    /** The licenceReceipt of reply-1.xsd: customs stored the licence message with this id. */
    static String licenceReceipt(String messageId, String licenceNo, OffsetDateTime receivedAt) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("messageId", messageId);
        c.put("licenceNo", licenceNo);
        c.put("receivedAt", timestamp(receivedAt));
        return Xml.build(Xml.REPLY_NS, "licenceReceipt", c);
    }
}
