package org.exportlicence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The licences issued across both instances reach customs (bin/platform cluster test, after the load that
 * issues them through the balancer): every one delivered at least once, the messages of a licence in the
 * order the platform wrote them, a message delivered twice never with another content; and the outbox
 * relay never sent from both instances at once (their delivery rounds, as each instance logs them, do not
 * overlap in time).
 */
class LicencesToCustomsClusterCheck {
    private static final Pattern ROUND =
            Pattern.compile("Customs outbox round: (\\d+) messages sent by (\\S+) from (\\S+) to (\\S+?)[\\s|\\]]");

    record Received(String licence, String messageId, String type, String body) {}

    record Round(String server, Instant from, Instant to, int messages) {}

    @Test
    void everyLicenceIsDeliveredInOrderByOneSenderAtATime() throws Exception {
        List<String> issued = Files.readAllLines(
                Path.of(System.getProperty("cluster.licences", "load/target/load-licences.txt")),
                StandardCharsets.UTF_8);
        assertTrue(issued.size() >= 500, "licences issued through the balancer: " + issued.size());

        waitForTheOutboxToEmpty();
        Map<String, List<Received>> byLicence = new HashMap<>();
        for (Received message : drainLicenceQueue()) {
            byLicence.computeIfAbsent(message.licence(), k -> new ArrayList<>()).add(message);
        }

        List<String> problems = new ArrayList<>();
        for (String licence : issued) {
            List<Received> messages = byLicence.getOrDefault(licence, List.of());
            if (messages.stream().noneMatch(m -> m.type().equals("licenceIssued"))) {
                problems.add(licence + ": no licenceIssued received");
            }
            Map<String, String> bodies = new HashMap<>();
            long previous = -1;
            for (Received m : messages) {
                String earlier = bodies.putIfAbsent(m.messageId(), m.body());
                if (earlier != null && !earlier.equals(m.body())) {
                    problems.add(licence + ": " + m.messageId() + " delivered twice with different content");
                }
                long sequence = Long.parseLong(m.messageId().replaceAll("\\D", ""));
                if (earlier == null && sequence < previous) {
                    problems.add(licence + ": " + m.messageId() + " arrived after a later message");
                }
                previous = Math.max(previous, sequence);
            }
        }
        assertEquals(List.of(), problems);

        List<Round> rounds = new ArrayList<>();
        for (String instance : Cluster.INSTANCES) {
            Matcher m = ROUND.matcher(Cluster.log(instance));
            while (m.find()) {
                rounds.add(new Round(
                        m.group(2),
                        Instant.parse(m.group(3)),
                        Instant.parse(m.group(4)),
                        Integer.parseInt(m.group(1))));
            }
        }
        int sent = rounds.stream().mapToInt(Round::messages).sum();
        assertTrue(sent >= issued.size(), "rounds logged for " + sent + " messages");
        for (Round a : rounds) {
            for (Round b : rounds) {
                if (!a.server().equals(b.server())
                        && a.from().isBefore(b.to())
                        && b.from().isBefore(a.to())) {
                    problems.add(a + " overlaps " + b);
                }
            }
        }
        assertEquals(List.of(), problems, "rounds of different instances at the same time");
        System.out.printf(
                "Cluster: %d licences issued, %d delivered, %d relay rounds (%s)%n",
                issued.size(),
                byLicence.size(),
                rounds.size(),
                rounds.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                Round::server, java.util.stream.Collectors.counting())));
    }

    private static void waitForTheOutboxToEmpty() throws Exception {
        try (Connection db = Cluster.database();
                Statement statement = db.createStatement()) {
            for (int waited = 0; waited < 180; waited++) {
                try (ResultSet row =
                        statement.executeQuery("select count(*) from outbox_message where sent_at is null")) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(1000);
            }
        }
        throw new AssertionError("the outbox was not sent within 3 minutes");
    }

    /** Takes every message off ElpCustomsLicence, as customs would, through the cluster's one broker. */
    private static List<Received> drainLicenceQueue() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) Class.forName("com.sun.messaging.ConnectionFactory")
                .getDeclaredConstructor()
                .newInstance();
        factory.getClass()
                .getMethod("setProperty", String.class, String.class)
                .invoke(factory, "imqAddressList", System.getProperty("cluster.broker", "mq://127.0.0.1:20676"));
        List<Received> received = new ArrayList<>();
        try (JMSContext context = factory.createContext("admin", "admin", JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(context.createQueue("ElpCustomsLicence"))) {
            Message message;
            while ((message = consumer.receive(5000)) != null) {
                received.add(new Received(
                        message.getJMSCorrelationID(),
                        message.getStringProperty("elpMessageId"),
                        message.getJMSType(),
                        ((TextMessage) message).getText()));
            }
        }
        return received;
    }
}
