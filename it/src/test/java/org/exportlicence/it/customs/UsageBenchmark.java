package org.exportlicence.it.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.UsageReply;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The usage benchmark (bin/platform bench [N]; not part of the test suite): N usage messages
 * (default 10,000) through Payara's broker into the platform from several senders at once
 * (default 4), one in ten a redelivery of the one before. Prints messages per second end to end (first send until the last usage row is
 * committed) and the usage rows written, which must equal the distinct declarations.
 */
@ExtendWith(ArquillianExtension.class)
class UsageBenchmark {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Messages and senders, as the build's JVM wrote them into the deployment. */
    private static int[] parameters() throws java.io.IOException {
        try (java.io.InputStream in =
                UsageBenchmark.class.getClassLoader().getResourceAsStream("bench-parameters.txt")) {
            String[] words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .strip()
                    .split(" ");
            return new int[] {Integer.parseInt(words[0]), Math.max(1, Integer.parseInt(words[1]))};
        }
    }

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private TestLicences testLicences;

    @Test
    void usageMessagesPerSecond() throws Exception {
        int[] parameters = parameters();
        int messages = parameters[0];
        int senders = parameters[1];
        int distinct = messages - messages / 10;
        int licenceCount = (distinct + 11) / 12;
        enterpriseFixtures.ensureUsers();

        long setupStart = System.nanoTime();
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000000000"));
        List<String> licences = new ArrayList<>();
        for (int i = 0; i < licenceCount; i++) {
            licences.add(issue(quota));
        }
        System.out.printf(
                "%nUsage benchmark: %d licences issued for it in %.1f s%n",
                licenceCount, (System.nanoTime() - setupStart) / 1e9);

        long rowsBefore = licenceFixtures.allUsageLines();
        LocalDate today = LocalDate.now(CHINA);
        ConnectionFactory factory =
                (ConnectionFactory) new InitialContext().lookup("java:comp/DefaultJMSConnectionFactory");
        Map<String, Integer> results = new TreeMap<>();
        // The messages in the order customs would send them: every tenth repeats the one before.
        List<String> bodies = new ArrayList<>(messages);
        String body = null;
        int declaration = 0;
        for (int i = 0; i < messages; i++) {
            if (i % 10 != 9 || body == null) {
                String number = String.format("020220269%09d", declaration);
                body = CustomsClient.usage(
                        licences.get(declaration % licenceCount), number, today, "0200", new BigDecimal("100"));
                declaration++;
            }
            bodies.add(body);
        }
        ManagedExecutorService executor =
                (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue replies = context.createQueue("ElpBenchReplies");
            long start = System.nanoTime();
            // Several customs clients at once (a redelivery may race its original on another sender).
            List<Future<?>> sending = new ArrayList<>();
            for (int k = 0; k < senders; k++) {
                int sender = k;
                sending.add(executor.submit(() -> {
                    try (JMSContext own = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
                        Queue inbound = own.createQueue(CustomsClient.INBOUND);
                        JMSProducer producer = own.createProducer()
                                .setJMSType("usage")
                                .setJMSReplyTo(own.createQueue("ElpBenchReplies"));
                        for (int i = sender; i < bodies.size(); i += senders) {
                            producer.send(inbound, bodies.get(i));
                        }
                    }
                }));
            }
            for (Future<?> f : sending) {
                f.get();
            }
            double sent = (System.nanoTime() - start) / 1e9;
            long rows = 0;
            for (int waited = 0; waited < 6000; waited++) {
                rows = licenceFixtures.allUsageLines() - rowsBefore;
                if (rows >= declaration) {
                    break;
                }
                Thread.sleep(100);
            }
            double total = (System.nanoTime() - start) / 1e9;
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                Message reply;
                while ((reply = consumer.receive(5000)) != null) {
                    UsageReply r = (UsageReply) CustomsXml.read(((TextMessage) reply).getText());
                    results.merge(
                            r.getResult() + (r.getReasonCode() == null ? "" : " " + r.getReasonCode()),
                            1,
                            Integer::sum);
                }
            }
            System.out.printf(
                    "Usage benchmark: %d messages sent by %d senders in %.1f s (%.0f/s)%n",
                    messages, senders, sent, messages / sent);
            System.out.printf(
                    "Usage benchmark: %d messages processed end to end in %.1f s: %.0f messages/s%n",
                    messages, total, messages / total);
            System.out.printf("Usage benchmark: usage rows written %d, distinct declarations %d%n", rows, declaration);
            System.out.printf("Usage benchmark: replies %s%n%n", results);
            assertEquals(declaration, rows, "one usage row per distinct declaration");
            assertEquals(distinct, declaration);
        }
    }

    private String issue(String quota) throws Exception {
        return testLicences
                .issued(applicationFixtures.riceForm(quota, new BigDecimal("1200")))
                .getNumber();
    }
}
