package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * One round trip to the platform for {@code declare}, {@code replay} and {@code malformed}: a
 * usage message (or a broken one) sent to ElpCustomsInbound, the wait for the platform's
 * usageReply (回复), and the reply printed readably.
 */
final class UsageExchange {

    private final Broker broker;
    private final PrintStream out;

    UsageExchange(Broker broker, PrintStream out) {
        this.broker = broker;
        this.out = out;
    }

    /** --wait: seconds to wait for a reply (default 30; 0: do not wait). */
    static int waitSeconds(CommandLine cl) throws UsageException {
        return cl.intOption("wait", 30, 0, 3600);
    }

    /**
     * Sends one persistent text message to ElpCustomsInbound and waits for the reply: on a
     * temporary queue named in JMSReplyTo, or (--reply-queue) on ElpCustomsReply, selected by
     * JMSCorrelationID. Returns the reply's text, or null when none came.
     */
    String exchange(
            String text, String type, String correlationId, boolean replyQueue, int waitSeconds, Runnable afterSend)
            throws BrokerException {
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Destination replyTo = null;
            MessageConsumer replies;
            if (replyQueue) {
                replies = session.createConsumer(
                        session.createQueue(Broker.REPLY_QUEUE),
                        "JMSCorrelationID = '" + correlationId.replace("'", "''") + "'");
            } else {
                TemporaryQueue temporary = session.createTemporaryQueue();
                replyTo = temporary;
                replies = session.createConsumer(temporary);
            }
            connection.start();
            TextMessage m = session.createTextMessage(text);
            m.setJMSType(type);
            m.setJMSCorrelationID(correlationId);
            if (replyTo != null) {
                m.setJMSReplyTo(replyTo);
            }
            MessageProducer producer = session.createProducer(session.createQueue(Broker.INBOUND_QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(m);
            afterSend.run();
            out.printf(
                    "sent to %s at %s (JMSMessageID %s); ", Broker.INBOUND_QUEUE, broker.address, m.getJMSMessageID());
            if (waitSeconds == 0) {
                out.println("not waiting for a reply (--wait 0)");
                return null;
            }
            out.printf(
                    "waiting up to %d s for the reply on %s%n",
                    waitSeconds, replyQueue ? Broker.REPLY_QUEUE : "a temporary queue (JMSReplyTo)");
            Message reply = replies.receive(waitSeconds * 1000L);
            if (reply == null) {
                out.printf("no reply within %d s (is the platform deployed on this broker?)%n", waitSeconds);
                return null;
            }
            if (!correlationId.equals(reply.getJMSCorrelationID())) {
                out.println("warning: the reply's JMSCorrelationID is " + reply.getJMSCorrelationID() + ", not "
                        + correlationId);
            }
            if (!(reply instanceof TextMessage tm) || tm.getText() == null) {
                out.println("reply is not a text message: " + reply);
                return null;
            }
            return tm.getText();
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    /** Prints a usageReply readably; null when it cannot be read (then it is printed raw). */
    UsageReply printReply(String text) {
        UsageReply.Parsed parsed;
        try {
            parsed = UsageReply.parse(text);
        } catch (XmlException e) {
            out.println("unreadable reply (" + e.getMessage() + "):\n" + text);
            return null;
        }
        UsageReply r = parsed.reply();
        out.println("usageReply" + (r.declarationNo() != null ? " for declaration " + r.declarationNo() : "")
                + (r.licenceNo() != null ? " (licence " + r.licenceNo() + ")" : "") + ":");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("result", r.result());
        rows.put("reasonCode", r.reasonCode());
        rows.put("reason", r.reason());
        rows.put("usedQuantity", r.usedQuantity());
        rows.put("quantityLeft", r.quantityLeft());
        rows.put("usesLeft", r.usesLeft());
        rows.put("licenceStatus", r.licenceStatus());
        rows.forEach((k, v) -> out.printf("  %-14s %s%n", k, v == null ? "-" : v));
        if (parsed.schemaProblem() != null) {
            out.println("  warning: the reply " + parsed.schemaProblem());
        }
        return r;
    }
}
