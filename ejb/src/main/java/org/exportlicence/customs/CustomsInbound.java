package org.exportlicence.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.licence.UsageOutcome;
import org.exportlicence.licence.UsageRecorder;
import org.exportlicence.licence.UsageRefusal;
import org.exportlicence.platform.Roles;

/**
 * Takes what customs sends: usage messages (one per declaration) and receipts for licence
 * messages. The usage itself is recorded in a transaction of its own ({@link UsageRecorder}), the
 * reply is sent in another ({@link CustomsReplies}); this bean's transaction covers taking the
 * message, so a redelivery after a failure in between finds the declaration recorded and answers
 * ALREADY_RECORDED.
 * A message that cannot be read is refused at once (reply + error queue); one whose processing
 * fails is redelivered, and after {@link #MAX_DELIVERIES} deliveries goes to the error queue.
 */
@MessageDriven(name = "CustomsInbound", activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CustomsQueues.INBOUND),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@RunAs(Roles.CUSTOMS)
public class CustomsInbound implements MessageListener {
    /** Deliveries of a message whose processing keeps failing before it is set aside. */
    static final int MAX_DELIVERIES = 5;
    private static final Logger LOG = Logger.getLogger(CustomsInbound.class.getName());

    @EJB
    private UsageRecorder usage;

    @EJB
    private OutboxStore outbox;

    @EJB
    private CustomsReplies replySender;

    @Inject
    private JMSContext jms;

    @Resource(lookup = CustomsQueues.REPLY)
    private Queue replies;

    @Resource(lookup = CustomsQueues.ERROR)
    private Queue errors;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        String text = null;
        try {
            if (!(message instanceof TextMessage textMessage)) {
                refuse(message, null, UsageRefusal.MALFORMED_MESSAGE, "not a text message");
                return;
            }
            text = textMessage.getText();
            Object content;
            try {
                content = CustomsXml.read(text);
            } catch (CustomsXml.UnreadableMessage e) {
                refuse(message, text, e.tooLarge() ? UsageRefusal.MESSAGE_TOO_LARGE : UsageRefusal.MALFORMED_MESSAGE,
                        e.getMessage());
                return;
            }
            String declared = message.getJMSType();
            String root = CustomsXml.rootElementOf(content);
            if (!root.equals(declared)) {
                // The type is what a customs system routes and audits by: a message that says one thing and
                // carries another is not taken on its content's word.
                refuse(message, text, UsageRefusal.MALFORMED_MESSAGE, "JMSType " + (declared == null ? "(none)"
                        : "'" + (declared.length() > 40 ? declared.substring(0, 40) + "…" : declared) + "'") + " is not the message's root element " + root);
                return;
            }
            if (content instanceof UsageMessage u) {
                UsageOutcome outcome = usage.record(u.toDeclaration(message.getJMSMessageID()));
                reply(message, u.getDeclarationNo(), CustomsXml.write(UsageReply.of(u.getDeclarationNo(),
                        u.getLicenceNo(), outcome)));
            } else if (content instanceof LicenceReceipt r) {
                outbox.acknowledge(r.getMessageId(), r.getLicenceNo());
            } else {
                // Valid, but one the platform sends rather than receives (a licence message, a reply).
                refuse(message, text, UsageRefusal.MALFORMED_MESSAGE,
                        "not a message customs sends to the platform: " + content.getClass().getSimpleName());
            }
        } catch (JMSException | RuntimeException e) {
            int deliveries = deliveries(message);
            if (deliveries >= MAX_DELIVERIES) {
                LOG.log(Level.WARNING, "Customs message set aside after " + deliveries + " deliveries", e);
                setAside(message, text, "PROCESSING_FAILED", describe(e), deliveries);
            } else {
                LOG.log(Level.WARNING, "Customs message failed (delivery " + deliveries + "), will be redelivered", e);
                backOff(deliveries);
                context.setRollbackOnly();
            }
        }
    }

    private void refuse(Message message, String text, UsageRefusal refusal, String reason) throws JMSException {
        LOG.info(() -> "Customs message refused unread: " + refusal + " " + reason);
        UsageReply reply = UsageReply.of(null, null, UsageOutcome.unreadable(refusal, reason));
        reply(message, correlationOf(message), CustomsXml.write(reply));
        setAside(message, text, refusal.name(), reason, deliveries(message));
    }

    private void reply(Message message, String correlationId, String body) throws JMSException {
        Destination to = message.getJMSReplyTo() != null ? message.getJMSReplyTo() : replies;
        try {
            replySender.send(to, correlationId, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reply " + correlationId + " to " + to + " could not be sent; customs may ask again", e);
        }
    }

    /** To the error queue, where {@link CustomsErrorArchive} keeps it for the officers' screen. */
    private void setAside(Message message, String text, String reasonCode, String reason, int deliveries) {
        try {
            String body = CustomsXml.keepable(text, CustomsMessageError.MAX_KEPT_CHARS);
            JMSProducer producer = jms.createProducer()
                    .setProperty(CustomsErrorArchive.REASON_CODE, reasonCode)
                    .setProperty(CustomsErrorArchive.REASON, reason == null ? "" : reason)
                    .setProperty(CustomsErrorArchive.DELIVERIES, deliveries)
                    .setProperty(CustomsErrorArchive.BODY_BYTES, text == null ? 0 : CustomsXml.utf8Length(text));
            // The broker refuses null property values: absent ones are left out.
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_ID, message.getJMSMessageID());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_CORRELATION, message.getJMSCorrelationID());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_TYPE, message.getJMSType());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_REPLY_TO, replyQueueName(message));
            producer.send(errors, body == null ? "" : body);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot set customs message aside", e);
        }
    }

    private static void setIfPresent(JMSProducer producer, String name, String value) {
        if (value != null) {
            producer.setProperty(name, value);
        }
    }

    /** The name of a named reply queue; null for none or a temporary one (gone by the time of a replay). */
    private static String replyQueueName(Message message) throws JMSException {
        Destination replyTo = message.getJMSReplyTo();
        return replyTo instanceof Queue queue && !(replyTo instanceof TemporaryQueue) ? queue.getQueueName() : null;
    }

    /**
     * The broker redelivers a rolled-back message at once; waiting 0.5, 1, 2, 4 s before each
     * retry lets a short outage (a database failover) pass before the message is set aside.
     */
    private static void backOff(int deliveries) {
        try {
            Thread.sleep(500L << Math.min(deliveries - 1, 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String correlationOf(Message message) throws JMSException {
        return message.getJMSCorrelationID() != null ? message.getJMSCorrelationID() : message.getJMSMessageID();
    }

    private static int deliveries(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() > 900 ? text.substring(0, 900) : text;
    }
}
