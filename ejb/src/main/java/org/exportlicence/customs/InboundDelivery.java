package org.exportlicence.customs;

import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;

/**
 * One delivery of a message from customs, and what becomes of it when it cannot be handled. The
 * broker delivers a rolled-back message again and counts the deliveries (JMSXDeliveryCount); the
 * platform waits a little longer before each retry and, after {@link #MAX_DELIVERIES}, sets the
 * message aside on the error queue, where {@link CustomsErrorArchive} keeps it for the officers'
 * screen (海关报文异常) with the reason and the headers a replay needs.
 */
final class InboundDelivery {
    /** Deliveries of a message whose processing keeps failing before it is set aside. */
    static final int MAX_DELIVERIES = 5;
    /** The longest reason kept for an exception (the kept message's reason column holds 1000). */
    private static final int MAX_DESCRIBED = 900;

    private final Message message;
    /** The text once read: what is set aside, null when the message has none or it could not be read. */
    private String text;

    InboundDelivery(Message message) {
        this.message = message;
    }

    Message message() {
        return message;
    }

    boolean isText() {
        return message instanceof TextMessage;
    }

    /** The message's text, remembered for setting the message aside. */
    String text() throws JMSException {
        if (text == null && message instanceof TextMessage textMessage) {
            text = textMessage.getText();
        }
        return text;
    }

    /** How often the broker has delivered the message, this delivery included. */
    int deliveries() {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    /** Whether a failure now sets the message aside rather than asking for another delivery. */
    boolean isLastTry() {
        return deliveries() >= MAX_DELIVERIES;
    }

    /**
     * The broker redelivers a rolled-back message at once; waiting 0.5, 1, 2, 4 s before each
     * retry lets a short outage (a database failover) pass before the message is set aside.
     */
    void backOff() {
        try {
            Thread.sleep(500L << Math.min(deliveries() - 1, 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a reply to the message correlates with: the sender's correlation id, else its message id. */
    String correlationId() throws JMSException {
        return message.getJMSCorrelationID() != null ? message.getJMSCorrelationID() : message.getJMSMessageID();
    }

    /** Where replies go: where the sender asked, else {@code otherwise}. */
    Destination replyTo(Destination otherwise) throws JMSException {
        return message.getJMSReplyTo() != null ? message.getJMSReplyTo() : otherwise;
    }

    /**
     * To the error queue, in the caller's transaction: kept (by {@link CustomsErrorArchive}) only if
     * taking this delivery commits.
     */
    void setAside(JMSContext jms, Queue errors, String reasonCode, String reason) {
        try {
            String body = CustomsXml.keepable(text, CustomsMessageError.MAX_KEPT_CHARS);
            JMSProducer producer = jms.createProducer()
                    .setProperty(CustomsErrorArchive.REASON_CODE, reasonCode)
                    .setProperty(CustomsErrorArchive.REASON, reason == null ? "" : reason)
                    .setProperty(CustomsErrorArchive.DELIVERIES, deliveries())
                    .setProperty(CustomsErrorArchive.BODY_BYTES, text == null ? 0 : CustomsXml.utf8Length(text));
            // The broker refuses null property values: absent ones are left out.
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_ID, message.getJMSMessageID());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_CORRELATION, message.getJMSCorrelationID());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_TYPE, message.getJMSType());
            setIfPresent(producer, CustomsErrorArchive.ORIGINAL_REPLY_TO, replyQueueName());
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
    private String replyQueueName() throws JMSException {
        Destination replyTo = message.getJMSReplyTo();
        return replyTo instanceof Queue queue && !(replyTo instanceof TemporaryQueue) ? queue.getQueueName() : null;
    }

    /** A failure as kept with the message: the root cause, cut to fit. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String described = root.getClass().getSimpleName() + ": " + root.getMessage();
        return described.length() > MAX_DESCRIBED ? described.substring(0, MAX_DESCRIBED) : described;
    }
}
