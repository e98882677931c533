package org.exportlicence.it.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.util.HashSet;
import java.util.Set;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox relay runs on one server of a cluster at a time: while another server holds the relay's lease
 * (taken by this test, standing in for the other instance), this server's timer rounds send nothing; once it
 * is given up, they deliver every message, each once.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxRelayLockIT {
    private static final int MESSAGES = 50;

    @EJB
    private CustomsFixtures customsFixtures;

    @Test
    void noRoundSendsWhileAnotherServerHoldsTheRelayLock() throws Exception {
        String run = "LOCKED-" + System.currentTimeMillis() + "-";
        // This server's round may be under way: the other server gets the lease once that round gives it up.
        boolean leased = false;
        for (int i = 0; i < 100 && !leased; i++) {
            leased = customsFixtures.leaseRelayElsewhere();
            if (!leased) {
                Thread.sleep(100);
            }
        }
        assertTrue(leased, "the stand-in for the other server got the relay's lease");
        try {
            customsFixtures.outboxBurst(run, MESSAGES);
            // The relay's timer fires every two seconds: three rounds at least.
            Thread.sleep(7_000);
            assertEquals(0, customsFixtures.outboxProgress(run)[1], "nothing sent while another server's lease runs");
        } finally {
            customsFixtures.releaseRelayElsewhere();
        }

        long[] progress = customsFixtures.outboxProgress(run);
        for (int i = 0; i < 150 && progress[1] < MESSAGES; i++) {
            Thread.sleep(200);
            progress = customsFixtures.outboxProgress(run);
        }
        assertEquals(MESSAGES, progress[1], "every row sent once the lock is free");

        Set<String> received = new HashSet<>();
        int deliveries = 0;
        ConnectionFactory factory =
                (ConnectionFactory) new InitialContext().lookup("java:comp/DefaultJMSConnectionFactory");
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(
                        context.createQueue(CustomsClient.LICENCE), "JMSCorrelationID LIKE '" + run + "%'")) {
            Message message;
            while ((message = consumer.receive(3000)) != null) {
                received.add(message.getJMSCorrelationID());
                deliveries++;
            }
        }
        assertEquals(MESSAGES, received.size(), "every message on the customs queue");
        assertEquals(MESSAGES, deliveries, "each once");
    }
}
