package org.exportlicence.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.List;
import org.exportlicence.platform.Roles;

/**
 * Puts outbox rows on the customs queue in a transaction of their own, whose only resource is the
 * broker: when {@link #send} returns, the broker has committed the messages. (Payara's JMS context
 * outside a JTA transaction is not auto-committing: its sends were only committed when the
 * context closed, so a crash in between lost messages already marked sent. OutboxDeliveryIT
 * restarts the server during delivery to prove it.)
 */
@Stateless
@RolesAllowed(Roles.CUSTOMS)
public class OutboxSender {
    @Inject
    private JMSContext jms;

    @Resource(lookup = CustomsQueues.LICENCE)
    private Queue licences;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(List<OutboxMessage> messages) {
        for (OutboxMessage message : messages) {
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setJMSCorrelationID(message.getAggregateId())
                    .setJMSType(rootElementOf(message.getEventType()))
                    .setProperty(CustomsQueues.MESSAGE_ID_PROPERTY, OutboxMessage.messageIdOf(message.getId()))
                    .send(licences, message.getPayload());
        }
    }

    /** LICENCE_ISSUED → licenceIssued: the message's root element, as JMSType. */
    static String rootElementOf(String eventType) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : eventType.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
