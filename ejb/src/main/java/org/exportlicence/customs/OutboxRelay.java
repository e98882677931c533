package org.exportlicence.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.platform.Roles;

/**
 * Delivers the outbox to customs: every row as a persistent message with a stable id
 * ({@link CustomsQueues#MESSAGE_ID_PROPERTY}), in the order written, at least once. The send is
 * outside any transaction, so it returns only when the broker has stored the message; only then
 * is the row marked sent. When the broker is away, delivery stops at the first failure (nothing
 * overtakes it, so the order per licence holds) and the next round, two seconds later, tries again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Roles.CUSTOMS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 200;

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    private OutboxStore store;

    @Inject
    private JMSContext jms;

    @Resource(lookup = CustomsQueues.LICENCE)
    private Queue licences;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "customs outbox delivery")
    void onSchedule() {
        deliver();
    }

    /** One delivery round (also run by the timer); returns how many messages the broker accepted. */
    @RolesAllowed({Roles.CUSTOMS, Roles.ADMIN})
    public int deliver() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int delivered = 0;
        try {
            List<OutboxMessage> batch;
            do {
                batch = store.pending(BATCH);
                for (OutboxMessage message : batch) {
                    try {
                        send(message);
                    } catch (JMSRuntimeException e) {
                        LOG.log(Level.WARNING, "Customs broker did not accept outbox message " + message.getId()
                                + "; will retry", e);
                        store.markFailed(message.getId(), e.toString());
                        return delivered;
                    }
                    store.markSent(message.getId());
                    delivered++;
                }
            } while (batch.size() == BATCH);
            return delivered;
        } finally {
            running.set(false);
        }
    }

    private void send(OutboxMessage message) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setJMSCorrelationID(message.getAggregateId())
                .setJMSType(rootElementOf(message.getEventType()))
                .setProperty(CustomsQueues.MESSAGE_ID_PROPERTY, OutboxMessage.messageIdOf(message.getId()))
                .send(licences, message.getPayload());
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
