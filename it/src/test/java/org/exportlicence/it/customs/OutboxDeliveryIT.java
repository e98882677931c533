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
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A broker restart in the middle of outbound delivery loses no licence message: the server (and
 * with it Payara's OpenMQ broker) is restarted while the outbox is being delivered; afterwards
 * every row has been sent and every message is on the customs queue (at least once).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxDeliveryIT {
    private static final String PREFIX = "RESTART-";
    private static final int MESSAGES = 3000;

    @EJB
    private CustomsFixtures customsFixtures;

    @Test
    @Order(1)
    void deliveryIsUnderWay() throws Exception {
        String run = PREFIX + System.currentTimeMillis() + "-";
        customsFixtures.outboxBurst(run, MESSAGES);
        long[] progress = customsFixtures.outboxProgress(run);
        for (int i = 0; i < 1500 && progress[1] == 0; i++) {
            Thread.sleep(10);
            progress = customsFixtures.outboxProgress(run);
        }
        assertEquals(MESSAGES, progress[0]);
        assertTrue(
                progress[1] > 0 && progress[1] < MESSAGES,
                "the restart must come while delivery is under way: " + progress[1] + " of " + MESSAGES + " sent");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerAndItsBrokerRestart() throws Exception {
        String script = System.getProperty("payara.script");
        run(script, "restart", System.getProperty("it.domain", "elp-test"));
        run(
                script,
                "wait",
                "http://localhost:" + System.getProperty("it.httpPort", "13080") + "/licence/login.xhtml",
                "240");
    }

    @Test
    @Order(3)
    void everyMessageIsDeliveredAfterwards() throws Exception {
        String newest = customsFixtures.newestAggregate(PREFIX);
        String run = newest.substring(0, newest.lastIndexOf('-') + 1);
        long[] progress = customsFixtures.outboxProgress(run);
        for (int i = 0; i < 600 && progress[1] < progress[0]; i++) {
            Thread.sleep(200);
            progress = customsFixtures.outboxProgress(run);
        }
        assertEquals(progress[0], progress[1], "every outbox row marked sent");

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
        System.out.printf(
                "Outbox delivery across a broker restart: %d messages, %d deliveries, %d duplicates%n",
                MESSAGES, deliveries, deliveries - received.size());
        assertEquals(MESSAGES, received.size(), "every licence message is on the customs queue");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}
