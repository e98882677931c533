package org.exportlicence.it.customs;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.UsageMessage;
import org.exportlicence.customs.UsageReply;
import org.exportlicence.it.roles.AsAdministrator;

/**
 * What a customs system does in the tests, over the platform's real broker: send usage messages to
 * the inbound queue and wait for the platform's reply on a queue of the test's own.
 */
public final class CustomsClient implements AutoCloseable {
    public static final String INBOUND = "ElpCustomsInbound";
    public static final String LICENCE = "ElpCustomsLicence";
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private final JMSContext context;
    private final Queue replies;

    public CustomsClient(String replyQueue) throws NamingException {
        ConnectionFactory factory =
                (ConnectionFactory) new InitialContext().lookup("java:comp/DefaultJMSConnectionFactory");
        this.context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        this.replies = context.createQueue(replyQueue);
    }

    /** A new 18-character declaration number of the Tianjin customs (0200). */
    public static String declarationNo() {
        return String.format("020220261%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
    }

    public static String usage(
            String licenceNo, String declarationNo, LocalDate date, String port, BigDecimal quantity) {
        return CustomsXml.write(new UsageMessage(licenceNo, declarationNo, date, port, 1, quantity, "035", false));
    }

    /** Sends a text to the inbound queue as customs would, replies to come with this correlation id. */
    public void send(String body, String correlationId) {
        send(body, correlationId, "usage");
    }

    /** The same with another JMSType (null: none), as a confused or hostile sender might. */
    public void send(String body, String correlationId, String type) {
        context.createProducer()
                .setJMSReplyTo(replies)
                .setJMSCorrelationID(correlationId)
                .setJMSType(type)
                .send(context.createQueue(INBOUND), body);
    }

    public UsageReply declare(String licenceNo, LocalDate date, String port, BigDecimal quantity) throws Exception {
        String declaration = declarationNo();
        send(usage(licenceNo, declaration, date, port, quantity), declaration);
        return reply(declaration);
    }

    /** The platform's reply with this correlation id; fails after 60 s. */
    public UsageReply reply(String correlationId) throws Exception {
        try (JMSConsumer consumer = context.createConsumer(replies, "JMSCorrelationID = '" + correlationId + "'")) {
            Message message = consumer.receive(60_000);
            if (message == null) {
                throw new AssertionError("no reply for " + correlationId + " within 60 s");
            }
            return (UsageReply) CustomsXml.read(((TextMessage) message).getText());
        }
    }

    /** The next licence message about one licence on the customs licence queue, or null after the wait. */
    public Message licenceMessage(String licenceNo, long waitMillis) {
        try (JMSConsumer consumer =
                context.createConsumer(context.createQueue(LICENCE), "JMSCorrelationID = '" + licenceNo + "'")) {
            return consumer.receive(waitMillis);
        }
    }

    public void sendReceipt(String body) {
        context.createProducer().setJMSType("licenceReceipt").send(context.createQueue(INBOUND), body);
    }

    /**
     * The message the platform set aside under a correlation id, as the administrator's screen lists it
     * (officers see only those naming a licence of their authority); waits up to a minute for it.
     */
    public static org.exportlicence.customs.CustomsMessageError keptError(
            AsAdministrator administrator, org.exportlicence.customs.CustomsErrors errors, String correlationId)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            for (org.exportlicence.customs.CustomsMessageError e : administrator
                    .call(() -> errors.list(
                            org.exportlicence.customs.CustomsMessageError.Status.NEW,
                            org.exportlicence.platform.PageRequest.of(0, 50)))
                    .rows()) {
                if (correlationId.equals(e.getCorrelationId())) {
                    return e;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing set aside for " + correlationId);
    }

    @Override
    public void close() {
        context.close();
    }
}
