package org.exportlicence.customs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import org.exportlicence.platform.Roles;

/**
 * Sends the platform's replies to customs, each in a transaction of its own: a reply that cannot be
 * delivered (the customs client that asked on a temporary queue has gone) must not roll back the
 * handling of the message it answers, or the message would come back again and again. Customs can
 * always ask again: a redelivered usage message is answered ALREADY_RECORDED.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMS)
public class CustomsReplies {
    @Inject
    private JMSContext jms;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(Destination to, String correlationId, String body) {
        jms.createProducer()
                .setJMSCorrelationID(correlationId)
                .setJMSType("usageReply")
                .send(to, body);
    }
}
