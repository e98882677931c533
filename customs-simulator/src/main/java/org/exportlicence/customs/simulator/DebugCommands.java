package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.UUID;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.LicenceMessage;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * The debugging commands, which play the platform's side or look at the broker without changing
 * it: {@code send-licence} puts a licence message on ElpCustomsLicence as the platform would (to
 * try {@code listen} without the platform), {@code browse} lists what waits on a queue.
 */
final class DebugCommands {

    private final Broker broker;
    private final PrintStream out;

    DebugCommands(Broker broker, PrintStream out) {
        this.broker = broker;
        this.out = out;
    }

    /** Puts a licence message on ElpCustomsLicence as the platform would (for trying listen). */
    int sendLicence(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() != 1) {
            throw new UsageException("send-licence needs FILE");
        }
        Path file = Path.of(cl.args().get(0));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        String type = cl.option("type").orElse(null);
        String correlation = null;
        try {
            LicenceMessage msg = LicenceMessage.parse(text);
            type = type != null ? type : msg.event().name();
            correlation = msg.licenceNo();
        } catch (XmlException e) {
            out.println("warning: " + file + ": " + e.getMessage() + "; sending it as it is");
            type = type != null ? type : "unknown";
        }
        String messageId = cl.option("message-id").orElseGet(() -> "sim-" + UUID.randomUUID());
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage m = session.createTextMessage(text);
            m.setJMSType(type);
            m.setJMSCorrelationID(correlation);
            m.setStringProperty("elpMessageId", messageId);
            MessageProducer producer = session.createProducer(session.createQueue(Broker.LICENCE_QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(m);
            out.printf(
                    "sent %s to %s at %s: JMSType %s, JMSCorrelationID %s, elpMessageId %s%n",
                    file, Broker.LICENCE_QUEUE, broker.address, type, correlation, messageId);
            return Simulator.OK;
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    /** Lists the messages waiting on a queue without taking them. */
    int browse(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() > 1) {
            throw new UsageException("browse takes at most one QUEUE");
        }
        String queue = cl.args().isEmpty() ? Broker.INBOUND_QUEUE : cl.args().get(0);
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue q = session.createQueue(queue);
            QueueBrowser browser = session.createBrowser(q);
            connection.start();
            int n = 0;
            for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
                Message m = (Message) e.nextElement();
                n++;
                out.printf(
                        "%d. JMSType=%s JMSCorrelationID=%s JMSReplyTo=%s elpMessageId=%s JMSXDeliveryCount=%s %s%n",
                        n,
                        m.getJMSType(),
                        m.getJMSCorrelationID(),
                        name(m.getJMSReplyTo()),
                        m.getStringProperty("elpMessageId"),
                        m.getObjectProperty("JMSXDeliveryCount"),
                        m.getJMSDeliveryMode() == DeliveryMode.PERSISTENT ? "persistent" : "non-persistent");
                if (m instanceof TextMessage tm && tm.getText() != null) {
                    String t = tm.getText().replaceAll("\\s+", " ");
                    out.println("   " + (t.length() > 300 ? t.substring(0, 300) + "… (" + t.length() + " chars)" : t));
                }
            }
            out.println(n + " message(s) on " + queue + " at " + broker.address);
            return Simulator.OK;
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    private static String name(Destination d) throws JMSException {
        return d instanceof Queue q ? q.getQueueName() : String.valueOf(d);
    }
}
