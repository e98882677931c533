package org.exportlicence.customs.simulator;

import static org.exportlicence.customs.simulator.ConsoleFormat.clock;
import static org.exportlicence.customs.simulator.ConsoleFormat.pad;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportlicence.customs.simulator.Messages.LicenceMessage;
import org.exportlicence.customs.simulator.Store.Recorded;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * One licence message taken by {@code listen}: read and checked (size, licence-1.xsd, the JMS
 * headers against the content), recorded in the store, confirmed with a licenceReceipt on
 * ElpCustomsInbound in the listener's transaction (the platform then shows 海关已接收), and
 * described in one console line. A message that cannot be read is kept in the store's rejected/
 * and acknowledged without a receipt.
 */
final class LicenceReception {

    /** Largest licence message the simulator reads. */
    static final int LICENCE_LIMIT_BYTES = 1024 * 1024;

    private final Store store;

    LicenceReception(Store store) {
        this.store = store;
    }

    /**
     * Handles m and returns its console line; counts[0..2] (new, duplicate, rejected) go up by one.
     * Throws a RuntimeException when the store cannot be written (the caller rolls back).
     */
    String handle(Message m, Session session, MessageProducer receipts, int[] counts) throws JMSException {
        String headers = "JMSMessageID=" + m.getJMSMessageID() + " JMSType=" + m.getJMSType()
                + " JMSCorrelationID=" + m.getJMSCorrelationID() + " elpMessageId="
                + m.getStringProperty("elpMessageId")
                + " JMSXDeliveryCount=" + m.getObjectProperty("JMSXDeliveryCount");
        String redelivery = redelivery(m);
        if (!(m instanceof TextMessage tm)) {
            counts[2]++;
            Path where = store.reject("not a TextMessage: " + m.getClass().getSimpleName(), headers, null);
            return clock() + "  ?             REJECTED  not a TextMessage ("
                    + m.getClass().getSimpleName() + "), acknowledged; kept in " + where + redelivery;
        }
        String text = tm.getText();
        LicenceMessage licence;
        try {
            if (text != null && text.getBytes(StandardCharsets.UTF_8).length > LICENCE_LIMIT_BYTES) {
                throw new XmlException("larger than " + LICENCE_LIMIT_BYTES + " bytes", null);
            }
            licence = LicenceMessage.parse(text);
        } catch (XmlException e) {
            counts[2]++;
            Path where = store.reject(e.getMessage(), headers, text);
            return clock() + "  " + pad(m.getJMSCorrelationID(), 12) + "  REJECTED  " + e.getMessage()
                    + "; acknowledged without receipt, kept in " + where + redelivery;
        }
        List<String> warnings = new ArrayList<>();
        if (!licence.event().name().equals(m.getJMSType())) {
            warnings.add(
                    "JMSType is " + m.getJMSType() + ", not " + licence.event().name());
        }
        if (!licence.licenceNo().equals(m.getJMSCorrelationID())) {
            warnings.add("JMSCorrelationID is " + m.getJMSCorrelationID() + ", not the licence number");
        }
        String messageId = m.getStringProperty("elpMessageId");
        boolean receipt = messageId != null && !messageId.isBlank() && messageId.length() <= 60;
        if (!receipt) {
            warnings.add(
                    messageId == null || messageId.isBlank()
                            ? "no elpMessageId property: no receipt sent"
                            : "elpMessageId longer than 60 characters: no receipt sent");
            messageId = "JMSMessageID:" + m.getJMSMessageID();
        }
        Recorded recorded = store.record(licence, text, messageId, Messages.now());
        if (recorded.note() != null) {
            warnings.add(recorded.note());
        }
        if (receipt) {
            TextMessage r = session.createTextMessage(
                    Messages.licenceReceipt(messageId, licence.licenceNo(), recorded.receivedAt()));
            r.setJMSType("licenceReceipt");
            r.setJMSCorrelationID(messageId);
            receipts.send(r);
        }
        counts[recorded.duplicate() ? 1 : 0]++;
        StringBuilder line = new StringBuilder()
                .append(clock())
                .append("  ")
                .append(pad(licence.licenceNo(), 12))
                .append("  ")
                .append(pad(licence.event().name(), 17))
                .append(' ')
                .append(recorded.duplicate() ? "duplicate" : "new      ")
                .append("  state ")
                .append(pad(recorded.state(), 11))
                .append(" elpMessageId=")
                .append(receipt ? messageId : "-");
        if (licence.event() == Messages.LicenceEvent.licenceIssued && !recorded.duplicate()) {
            Map<String, String> f = licence.fields();
            line.append("  quantity ")
                    .append(f.get("quantity"))
                    .append(" unit ")
                    .append(f.get("unit"))
                    .append(" port ")
                    .append(f.get("port"));
        }
        line.append(receipt ? (recorded.duplicate() ? ", receipt sent again" : ", receipt sent") : "")
                .append(redelivery);
        for (String w : warnings) {
            line.append("\n      warning: ").append(w);
        }
        return line.toString();
    }

    private static String redelivery(Message m) throws JMSException {
        Object count = m.getObjectProperty("JMSXDeliveryCount");
        if (m.getJMSRedelivered() || (count instanceof Integer n && n > 1)) {
            return " [redelivered, JMSXDeliveryCount=" + count + "]";
        }
        return "";
    }
}
