package org.exportlicence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
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
import javax.naming.InitialContext;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.UsageReply;
import org.exportlicence.licence.LicenceIssuer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The usage benchmark (bin/platform bench [N]; not part of the test suite): N usage messages
 * (default 10,000) through Payara's broker into the platform, one in ten a redelivery of the one
 * before. Prints messages per second end to end (first send until the last usage row is
 * committed) and the usage rows written, which must equal the distinct declarations.
 */
@ExtendWith(ArquillianExtension.class)
class UsageBenchmark {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        // The count is read here, in the build's JVM, and travels to the server inside the deployment.
        EnterpriseArchive ear = Deployments.earWith(UsageBenchmark.class, CustomsClient.class);
        ear.getAsType(WebArchive.class, Deployments.WEB_MODULE)
                .addAsResource(new StringAsset(System.getProperty("bench.messages", "10000")), "bench-messages.txt");
        return ear;
    }

    private static int messagesToSend() throws java.io.IOException {
        try (java.io.InputStream in = UsageBenchmark.class.getClassLoader().getResourceAsStream("bench-messages.txt")) {
            return Integer.parseInt(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }

    @EJB private ApplicationService applications;
    @EJB private LicenceIssuer issuer;
    @EJB private TestFixtures fixtures;
    @EJB private AsEnterprise clerk;
    @EJB private AsOfficer firstReviewer;
    @EJB private AsSecondOfficer secondReviewer;
    @EJB private AsIssuer issuingOfficer;

    @Test
    void usageMessagesPerSecond() throws Exception {
        int messages = messagesToSend();
        int distinct = messages - messages / 10;
        int licenceCount = (distinct + 11) / 12;
        fixtures.ensureUsers();

        long setupStart = System.nanoTime();
        String quota = fixtures.quota(TestFixtures.ENTERPRISE_A, "06", new BigDecimal("1000000000"));
        List<String> licences = new ArrayList<>();
        for (int i = 0; i < licenceCount; i++) {
            licences.add(issue(quota));
        }
        System.out.printf("%nUsage benchmark: %d licences issued for it in %.1f s%n", licenceCount,
                (System.nanoTime() - setupStart) / 1e9);

        long rowsBefore = fixtures.allUsageLines();
        LocalDate today = LocalDate.now(CHINA);
        ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("java:comp/DefaultJMSConnectionFactory");
        Map<String, Integer> results = new TreeMap<>();
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue inbound = context.createQueue(CustomsClient.INBOUND);
            Queue replies = context.createQueue("ElpBenchReplies");
            JMSProducer producer = context.createProducer().setJMSReplyTo(replies);
            long start = System.nanoTime();
            String body = null;
            int declaration = 0;
            for (int i = 0; i < messages; i++) {
                if (i % 10 != 9 || body == null) {
                    String number = String.format("020220269%09d", declaration);
                    body = CustomsClient.usage(licences.get(declaration % licenceCount), number, today, "0200",
                            new BigDecimal("100"));
                    declaration++;
                }
                producer.send(inbound, body);
            }
            double sent = (System.nanoTime() - start) / 1e9;
            long rows = 0;
            for (int waited = 0; waited < 6000; waited++) {
                rows = fixtures.allUsageLines() - rowsBefore;
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
                    results.merge(r.getResult() + (r.getReasonCode() == null ? "" : " " + r.getReasonCode()), 1,
                            Integer::sum);
                }
            }
            System.out.printf("Usage benchmark: %d messages sent in %.1f s (%.0f/s)%n", messages, sent, messages / sent);
            System.out.printf("Usage benchmark: %d messages processed end to end in %.1f s: %.0f messages/s%n",
                    messages, total, messages / total);
            System.out.printf("Usage benchmark: usage rows written %d, distinct declarations %d%n", rows, declaration);
            System.out.printf("Usage benchmark: replies %s%n%n", results);
            assertEquals(declaration, rows, "one usage row per distinct declaration");
            assertEquals(distinct, declaration);
        }
    }

    private String issue(String quota) throws Exception {
        Application saved = clerk.call(() -> applications.saveAndSeal(fixtures.riceForm(quota, new BigDecimal("1200"))));
        String n = saved.getNumber();
        clerk.call(() -> { applications.submit(n, saved.getVersion()); return null; });
        firstReviewer.call(() -> { applications.approveFirstReview(n, clerk.call(() -> applications.find(n)).getVersion()); return null; });
        secondReviewer.call(() -> { applications.approveSecondReview(n, clerk.call(() -> applications.find(n)).getVersion()); return null; });
        Application approved = clerk.call(() -> applications.find(n));
        return issuingOfficer.call(() -> issuer.issue(n, approved.getVersion())).getNumber();
    }
}
