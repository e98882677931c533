package org.exportlicence.customs;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.exportlicence.platform.Roles;

/**
 * The inbound queue's listener: takes each message customs sends in a transaction of its own,
 * running as the customs gateway (role CUSTOMS; the principal is named in glassfish-ejb-jar.xml),
 * and hands it to {@link InboundMessages}. A message whose handling asks for a rollback is
 * delivered again by the broker ({@link InboundDelivery}).
 */
@MessageDriven(
        name = "CustomsInbound",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CustomsQueues.INBOUND),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@RunAs(Roles.CUSTOMS)
public class CustomsInbound implements MessageListener {
    @EJB
    private InboundMessages inbound;

    @Override
    public void onMessage(Message message) {
        inbound.take(message);
    }
}
