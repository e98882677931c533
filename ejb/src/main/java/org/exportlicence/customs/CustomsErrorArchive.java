package org.exportlicence.customs;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.exportlicence.platform.Roles;

/**
 * Keeps what reaches the error queue in the database, where the officers' screen 海关报文异常
 * pages through it and can replay it.
 */
@MessageDriven(
        name = "CustomsErrorArchive",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CustomsQueues.ERROR),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
@RunAs(Roles.CUSTOMS)
public class CustomsErrorArchive implements MessageListener {
    static final String REASON_CODE = "elpReasonCode";
    static final String REASON = "elpReason";
    static final String DELIVERIES = "elpDeliveries";
    static final String BODY_BYTES = "elpBodyBytes";
    static final String ORIGINAL_ID = "elpOriginalMessageId";
    static final String ORIGINAL_CORRELATION = "elpOriginalCorrelationId";
    static final String ORIGINAL_TYPE = "elpOriginalType";
    static final String ORIGINAL_REPLY_TO = "elpOriginalReplyTo";

    @EJB
    private CustomsErrors errors;

    @Override
    public void onMessage(Message message) {
        try {
            errors.keep(
                    message.getStringProperty(ORIGINAL_ID),
                    message.getStringProperty(ORIGINAL_CORRELATION),
                    message.getStringProperty(ORIGINAL_TYPE),
                    message.getStringProperty(ORIGINAL_REPLY_TO),
                    message.getStringProperty(REASON_CODE),
                    message.getStringProperty(REASON),
                    message.getIntProperty(DELIVERIES),
                    message instanceof TextMessage t ? t.getText() : null,
                    message.getIntProperty(BODY_BYTES));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable error-queue entry", e);
        }
    }
}
