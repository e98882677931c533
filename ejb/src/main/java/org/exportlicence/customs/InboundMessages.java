package org.exportlicence.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.licence.UsageOutcome;
import org.exportlicence.licence.UsageRecorder;
import org.exportlicence.licence.UsageRefusal;
import org.exportlicence.platform.Roles;

/**
 * Takes what customs sends ({@link CustomsInbound} hands over every message): usage messages (one
 * per declaration) and receipts for licence messages. It runs in the message's transaction, the one
 * that takes the message off the queue. The usage itself is recorded in a transaction of its own
 * ({@link UsageRecorder}), the reply is sent in another ({@link CustomsReplies}), so a redelivery after
 * a failure in between finds the declaration recorded and answers ALREADY_RECORDED.
 * A message that cannot be read is refused at once (reply + error queue); one whose processing
 * fails is redelivered, and set aside after {@link InboundDelivery#MAX_DELIVERIES} deliveries.
 * Every failure is caught here: one escaping an enterprise bean would mark the message's transaction
 * for rollback, and the message could never be set aside.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMS)
public class InboundMessages {
    /** The bean's log name of old, so that log settings and searches keep finding these lines. */
    private static final Logger LOG = Logger.getLogger(CustomsInbound.class.getName());
    /** The longest JMSType quoted in a refusal: the type is the sender's text and may be anything. */
    private static final int MAX_QUOTED_TYPE = 40;

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
    private SessionContext context;

    /**
     * Handles one delivery; when it fails short of the last try, marks the message's transaction for
     * rollback so that the broker delivers the message again.
     */
    public void take(Message message) {
        InboundDelivery delivery = new InboundDelivery(message);
        try {
            handle(delivery);
        } catch (JMSException | RuntimeException e) {
            int deliveries = delivery.deliveries();
            if (delivery.isLastTry()) {
                LOG.log(Level.WARNING, "Customs message set aside after " + deliveries + " deliveries", e);
                delivery.setAside(jms, errors, "PROCESSING_FAILED", InboundDelivery.describe(e));
            } else {
                LOG.log(Level.WARNING, "Customs message failed (delivery " + deliveries + "), will be redelivered", e);
                delivery.backOff();
                context.setRollbackOnly();
            }
        }
    }

    private void handle(InboundDelivery delivery) throws JMSException {
        Message message = delivery.message();
        if (!delivery.isText()) {
            refuse(delivery, UsageRefusal.MALFORMED_MESSAGE, "not a text message");
            return;
        }
        Object content;
        try {
            content = CustomsXml.read(delivery.text());
        } catch (CustomsXml.UnreadableMessage e) {
            refuse(
                    delivery,
                    e.tooLarge() ? UsageRefusal.MESSAGE_TOO_LARGE : UsageRefusal.MALFORMED_MESSAGE,
                    e.getMessage());
            return;
        }
        String declared = message.getJMSType();
        String root = CustomsXml.rootElementOf(content);
        if (!root.equals(declared)) {
            // The type is what a customs system routes and audits by: a message that says one thing and
            // carries another is not taken on its content's word.
            refuse(
                    delivery,
                    UsageRefusal.MALFORMED_MESSAGE,
                    "JMSType " + quoted(declared) + " is not the message's root element " + root);
            return;
        }
        if (content instanceof UsageMessage u) {
            UsageOutcome outcome = usage.record(u.toDeclaration(message.getJMSMessageID()));
            reply(
                    delivery,
                    u.getDeclarationNo(),
                    CustomsXml.write(UsageReply.of(u.getDeclarationNo(), u.getLicenceNo(), outcome)));
        } else if (content instanceof LicenceReceipt r) {
            outbox.acknowledge(r.getMessageId(), r.getLicenceNo());
        } else {
            // Valid, but one the platform sends rather than receives (a licence message, a reply).
            refuse(
                    delivery,
                    UsageRefusal.MALFORMED_MESSAGE,
                    "not a message customs sends to the platform: "
                            + content.getClass().getSimpleName());
        }
    }

    private static String quoted(String type) {
        if (type == null) {
            return "(none)";
        }
        return "'" + (type.length() > MAX_QUOTED_TYPE ? type.substring(0, MAX_QUOTED_TYPE) + "…" : type) + "'";
    }

    /** A message that is no declaration or receipt at all: answered, and set aside at once. */
    private void refuse(InboundDelivery delivery, UsageRefusal refusal, String reason) throws JMSException {
        LOG.info(() -> "Customs message refused unread: " + refusal + " " + reason);
        UsageReply reply = UsageReply.of(null, null, UsageOutcome.unreadable(refusal, reason));
        reply(delivery, delivery.correlationId(), CustomsXml.write(reply));
        delivery.setAside(jms, errors, refusal.name(), reason);
    }

    /** A reply that cannot be sent is logged, not retried: customs asks again for what it misses. */
    private void reply(InboundDelivery delivery, String correlationId, String body) throws JMSException {
        Destination to = delivery.replyTo(replies);
        try {
            replySender.send(to, correlationId, body);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Reply " + correlationId + " to " + to + " could not be sent; customs may ask again",
                    e);
        }
    }
}
