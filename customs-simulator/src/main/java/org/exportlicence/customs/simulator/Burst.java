package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * The {@code burst} command: many customs declarations at once, as a busy customs system sends them —
 * the cluster test's 5,000 usage messages across an instance's restart, and the usage throughput of one
 * instance against the group. Declarations of quantity 1 on the licences of a file, as many per licence
 * as the file allows; one message in ten is a redelivery of the one before (the same declaration, sent
 * again). The platform answers a usage message with the declaration number as JMSCorrelationID, so the
 * replies are counted per declaration against the times it was sent; they come to a temporary queue.
 * Prints what was sent, answered and how, and the declaration numbers to a file.
 */
final class Burst {
    private final Broker broker;
    private final PrintStream out;

    Burst(Broker broker, PrintStream out) {
        this.broker = broker;
        this.out = out;
    }

    /** A line of the licences file: "LICENCE_NO PORT UNIT USES". */
    record Licence(String number, String port, String unit, int uses) {}

    int run(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() != 1) {
            throw new UsageException("burst needs LICENCES_FILE (lines: LICENCE_NO PORT UNIT USES)");
        }
        List<Licence> licences = read(Path.of(cl.args().get(0)));
        int capacity = licences.stream().mapToInt(Licence::uses).sum();
        int messages = cl.intOption("messages", capacity + capacity / 9, 1, 1_000_000);
        int senders = cl.intOption("senders", 4, 1, 64);
        int rate = cl.intOption("rate", 0, 0, 100_000);
        int wait = UsageExchange.waitSeconds(cl);
        List<Usage> sends = plan(licences, messages);
        if (sends.size() < messages) {
            throw new UsageException("the licences allow " + capacity + " declarations, too few for " + messages
                    + " messages (one in ten a redelivery)");
        }
        Path declarations = Path.of(cl.option("declarations").orElse("burst-declarations.txt"));
        try {
            Files.write(
                    declarations,
                    sends.stream().map(Usage::declarationNo).distinct().toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + declarations + ": " + e.getMessage());
        }
        return send(sends, senders, rate, wait, declarations);
    }

    private static List<Licence> read(Path file) throws UsageException {
        List<Licence> licences = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length != 4) {
                    throw new UsageException(file + ": not LICENCE_NO PORT UNIT USES: " + line);
                }
                licences.add(new Licence(f[0], f[1], f[2], Integer.parseInt(f[3])));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new UsageException(file + ": USES must be a number (" + e.getMessage() + ")");
        }
        return licences;
    }

    /**
     * The messages in the order sent: the licences in turn, a use of each per round (a busy customs office
     * clears many licences at once; one licence after the other would only queue on its row lock), every
     * tenth message the one before again. Declaration numbers: the port, the year, 8, then the second of
     * the day and a serial, so that runs of the same day do not collide.
     */
    static List<Usage> plan(List<Licence> licences, int messages) {
        LocalDate today = LocalDate.now(Messages.ZONE);
        long prefix = LocalTime.now(Messages.ZONE).toSecondOfDay() * 10_000L;
        int rounds = licences.stream().mapToInt(Licence::uses).max().orElse(0);
        List<Usage> sends = new ArrayList<>(messages);
        int serial = 0;
        Usage previous = null;
        for (int use = 0; use < rounds; use++) {
            for (Licence licence : licences) {
                if (use >= licence.uses()) {
                    continue;
                }
                if (sends.size() % 10 == 9 && previous != null) {
                    sends.add(previous);
                }
                if (sends.size() >= messages) {
                    return sends;
                }
                String number = licence.port() + today.getYear() + "8" + String.format("%09d", prefix + serial++);
                previous = new Usage(
                        licence.number(), number, today, licence.port(), 1, BigDecimal.ONE, licence.unit(), false);
                sends.add(previous);
            }
        }
        return sends;
    }

    private int send(List<Usage> sends, int senders, int rate, int wait, Path declarations) throws BrokerException {
        try {
            sends.get(0).toValidXml(); // the first one checked against usage-1.xsd; the rest are alike
        } catch (XmlException e) {
            throw new IllegalArgumentException("the usage message would " + e.getMessage());
        }
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        sends.forEach(u -> sent.merge(u.declarationNo(), 1, Integer::sum));
        Map<String, Integer> replied = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Connection connection = broker.connect();
        try {
            Session replySession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = replySession.createTemporaryQueue();
            MessageConsumer consumer = replySession.createConsumer(replies);
            connection.start();
            long start = System.nanoTime();
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < senders; k++) {
                int sender = k;
                Thread thread = new Thread(() -> {
                    try {
                        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                        MessageProducer producer = session.createProducer(session.createQueue(Broker.INBOUND_QUEUE));
                        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                        for (int i = sender; i < sends.size(); i += senders) {
                            if (rate > 0) {
                                long due = start + (long) (i * 1e9 / rate);
                                long early = due - System.nanoTime();
                                if (early > 0) {
                                    Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                                }
                            }
                            TextMessage m =
                                    session.createTextMessage(sends.get(i).toXml());
                            m.setJMSType("usage");
                            m.setJMSCorrelationID(sends.get(i).declarationNo());
                            m.setJMSReplyTo(replies);
                            producer.send(m);
                        }
                        session.close();
                    } catch (JMSException | InterruptedException e) {
                        failure.compareAndSet(null, e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double sending = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new BrokerException("sending failed: " + Broker.rootMessage(failure.get()), failure.get());
            }
            long lastReply = System.nanoTime();
            // Until every message has its reply: a reply may come twice (an instance that died after
            // replying but before taking the message off the queue: the redelivery is answered again).
            long answered = 0;
            while (answered < sends.size()) {
                Message reply = consumer.receive(1000);
                if (reply == null) {
                    if (System.nanoTime() - lastReply > wait * 1_000_000_000L) {
                        break;
                    }
                    continue;
                }
                lastReply = System.nanoTime();
                String outcome;
                try {
                    UsageReply r =
                            UsageReply.parse(((TextMessage) reply).getText()).reply();
                    outcome = r.result() + (r.reasonCode() == null ? "" : " " + r.reasonCode());
                } catch (XmlException | ClassCastException e) {
                    outcome = "UNREADABLE";
                }
                outcomes.merge(outcome, 1, Integer::sum);
                String declaration = String.valueOf(reply.getJMSCorrelationID());
                if (replied.merge(declaration, 1, Integer::sum) <= sent.getOrDefault(declaration, 0)) {
                    answered++;
                }
            }
            double total = (System.nanoTime() - start) / 1e9;
            long extra = replied.entrySet().stream()
                    .mapToLong(e -> Math.max(0, e.getValue() - sent.getOrDefault(e.getKey(), 0)))
                    .sum();
            out.printf(
                    "burst: %d messages (%d declarations) sent by %d senders in %.1f s%n",
                    sends.size(), sent.size(), senders, sending);
            out.printf("burst: %d answered in %.1f s: %.0f messages/s end to end%n", answered, total, answered / total);
            out.printf("burst: replies %s, %d more than messages sent%n", outcomes, extra);
            out.printf("burst: unanswered %d; declaration numbers in %s%n", sends.size() - answered, declarations);
            return answered == sends.size() ? Simulator.OK : Simulator.NO_REPLY;
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Simulator.NO_REPLY;
        } finally {
            Broker.closeQuietly(connection);
        }
    }
}
