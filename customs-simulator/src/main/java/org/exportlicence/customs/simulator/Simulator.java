package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.LicenceMessage;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Store.Licence;
import org.exportlicence.customs.simulator.Store.Recorded;
import org.exportlicence.customs.simulator.Xml.XmlException;

/** The simulator's commands. Each returns the process's exit code. */
final class Simulator {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int NO_REPLY = 2;
    static final int BROKER_FAILURE = 3;
    static final int BAD_INPUT = 4;

    /** Largest inbound message the platform reads (usage-1.xsd); oversize goes past it. */
    static final int PLATFORM_LIMIT_BYTES = 64 * 1024;
    /** Largest licence message the simulator reads. */
    static final int LICENCE_LIMIT_BYTES = 1024 * 1024;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Broker broker;
    private final Store store;
    private final PrintStream out;
    private final PrintStream err;
    /** Set by Ctrl-C (the shutdown hook) to end listen. */
    final AtomicBoolean stopping = new AtomicBoolean();

    Simulator(Broker broker, Store store, PrintStream out, PrintStream err) {
        this.broker = broker;
        this.store = store;
        this.out = out;
        this.err = err;
    }

    // ================================================================ listen

    int listen(boolean drain, int idleSeconds) throws BrokerException {
        out.printf("listening on %s at %s, store %s%s%n", Broker.LICENCE_QUEUE, broker.address, store.root,
                drain ? " (until " + idleSeconds + " s without a message)" : "; Ctrl-C to stop");
        int[] counts = new int[3]; // new, duplicate, rejected
        boolean first = true;
        int failures = 0;
        while (!stopping.get()) {
            Connection connection;
            try {
                connection = broker.connect();
            } catch (BrokerException e) {
                if (first || drain) {
                    throw e;
                }
                if (failures++ % 12 == 0) { // the first failure, then once a minute
                    err.println("reconnect failed: " + e.getMessage().lines().findFirst().orElse("")
                            + "; retrying every 5 s");
                }
                sleep(5000);
                continue;
            }
            failures = 0;
            if (!first) {
                out.println("reconnected to " + broker.address);
            }
            first = false;
            try {
                boolean finished = receiveLicences(connection, drain, idleSeconds, counts);
                if (finished) {
                    break;
                }
            } catch (JMSException e) {
                if (stopping.get()) {
                    break;
                }
                err.println("connection to the broker at " + broker.address + " lost: " + Broker.rootMessage(e)
                        + "; reconnecting (messages not yet committed will be delivered again)");
                sleep(2000);
            } finally {
                Broker.closeQuietly(connection);
            }
        }
        out.printf("stopped: %d new, %d duplicate, %d rejected%n", counts[0], counts[1], counts[2]);
        return OK;
    }

    /**
     * Receives licence messages in a transacted session: the store write, the receipt and the
     * acknowledgement of one message happen together (commit) or the message comes again.
     * Returns true when done (drained or stopping), throws when the connection fails.
     */
    private boolean receiveLicences(Connection connection, boolean drain, int idleSeconds, int[] counts)
            throws JMSException {
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageConsumer consumer = session.createConsumer(session.createQueue(Broker.LICENCE_QUEUE));
        MessageProducer receipts = session.createProducer(session.createQueue(Broker.INBOUND_QUEUE));
        receipts.setDeliveryMode(DeliveryMode.PERSISTENT);
        connection.start();
        long idleSince = System.nanoTime();
        while (!stopping.get()) {
            Message m = consumer.receive(500);
            if (m == null) {
                if (drain && System.nanoTime() - idleSince > idleSeconds * 1_000_000_000L) {
                    return true;
                }
                continue;
            }
            String line;
            try {
                line = handleLicenceMessage(m, session, receipts, counts);
            } catch (RuntimeException e) { // the store could not be written: let the broker keep the message
                session.rollback();
                err.println(clock() + "  store failure, message left on the queue: " + e.getMessage());
                sleep(2000);
                idleSince = System.nanoTime();
                continue;
            }
            session.commit();
            out.println(line);
            idleSince = System.nanoTime();
        }
        return true;
    }

    private String handleLicenceMessage(Message m, Session session, MessageProducer receipts, int[] counts)
            throws JMSException {
        String headers = "JMSMessageID=" + m.getJMSMessageID() + " JMSType=" + m.getJMSType()
                + " JMSCorrelationID=" + m.getJMSCorrelationID() + " elpMessageId=" + m.getStringProperty("elpMessageId")
                + " JMSXDeliveryCount=" + m.getObjectProperty("JMSXDeliveryCount");
        String redelivery = redelivery(m);
        if (!(m instanceof TextMessage tm)) {
            counts[2]++;
            Path where = store.reject("not a TextMessage: " + m.getClass().getSimpleName(), headers, null);
            return clock() + "  ?             REJECTED  not a TextMessage (" + m.getClass().getSimpleName()
                    + "), acknowledged; kept in " + where + redelivery;
        }
        String text = tm.getText();
        LicenceMessage licence;
        try {
            if (text != null && text.getBytes(StandardCharsets.UTF_8).length > LICENCE_LIMIT_BYTES) {
                throw new XmlException("larger than " + LICENCE_LIMIT_BYTES + " bytes", null);
            }
            licence = LicenceMessage.parse(text);
        } catch (XmlException e) {
            counts[2]++;
            Path where = store.reject(e.getMessage(), headers, text);
            return clock() + "  " + pad(m.getJMSCorrelationID(), 12) + "  REJECTED  " + e.getMessage()
                    + "; acknowledged without receipt, kept in " + where + redelivery;
        }
        List<String> warnings = new ArrayList<>();
        if (!licence.event().name().equals(m.getJMSType())) {
            warnings.add("JMSType is " + m.getJMSType() + ", not " + licence.event().name());
        }
        if (!licence.licenceNo().equals(m.getJMSCorrelationID())) {
            warnings.add("JMSCorrelationID is " + m.getJMSCorrelationID() + ", not the licence number");
        }
        String messageId = m.getStringProperty("elpMessageId");
        boolean receipt = messageId != null && !messageId.isBlank() && messageId.length() <= 60;
        if (!receipt) {
            warnings.add(messageId == null || messageId.isBlank() ? "no elpMessageId property: no receipt sent"
                    : "elpMessageId longer than 60 characters: no receipt sent");
            messageId = "JMSMessageID:" + m.getJMSMessageID();
        }
        Recorded recorded = store.record(licence, text, messageId, Messages.now());
        if (recorded.note() != null) {
            warnings.add(recorded.note());
        }
        if (receipt) {
            TextMessage r = session.createTextMessage(
                    Messages.licenceReceipt(messageId, licence.licenceNo(), recorded.receivedAt()));
            r.setJMSType("licenceReceipt");
            r.setJMSCorrelationID(messageId);
            receipts.send(r);
        }
        counts[recorded.duplicate() ? 1 : 0]++;
        StringBuilder line = new StringBuilder()
                .append(clock()).append("  ").append(pad(licence.licenceNo(), 12)).append("  ")
                .append(pad(licence.event().name(), 17)).append(' ')
                .append(recorded.duplicate() ? "duplicate" : "new      ")
                .append("  state ").append(pad(recorded.state(), 11))
                .append(" elpMessageId=").append(receipt ? messageId : "-");
        if (licence.event() == Messages.LicenceEvent.licenceIssued && !recorded.duplicate()) {
            Map<String, String> f = licence.fields();
            line.append("  quantity ").append(f.get("quantity")).append(" unit ").append(f.get("unit"))
                    .append(" port ").append(f.get("port"));
        }
        line.append(receipt ? (recorded.duplicate() ? ", receipt sent again" : ", receipt sent") : "")
                .append(redelivery);
        for (String w : warnings) {
            line.append("\n      warning: ").append(w);
        }
        return line.toString();
    }

    private static String redelivery(Message m) throws JMSException {
        Object count = m.getObjectProperty("JMSXDeliveryCount");
        if (m.getJMSRedelivered() || (count instanceof Integer n && n > 1)) {
            return " [redelivered, JMSXDeliveryCount=" + count + "]";
        }
        return "";
    }

    // ================================================================ declare / replay

    int declare(CommandLine cl) throws UsageException, BrokerException {
        List<String> args = cl.args();
        if (args.size() < 2 || args.size() > 3) {
            throw new UsageException("declare needs LICENCE_NO QUANTITY [PORT]");
        }
        String licenceNo = args.get(0);
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(args.get(1));
        } catch (NumberFormatException e) {
            throw new UsageException("QUANTITY must be a number, not '" + args.get(1) + "'");
        }
        if (quantity.signum() <= 0 || quantity.scale() > 3) {
            throw new UsageException("QUANTITY must be above 0 with at most 3 decimals, not " + args.get(1));
        }
        Optional<Licence> stored = store.licence(licenceNo);
        String port = args.size() == 3 ? args.get(2) : stored.map(Licence::port).orElse(null);
        if (port == null) {
            throw new UsageException("no PORT given and licence " + licenceNo + " is not in the store "
                    + store.root + " (receive it with 'customs listen' first, or give PORT and --unit)");
        }
        String unit = cl.option("unit").or(() -> stored.map(Licence::unit)).orElse(null);
        if (unit == null) {
            throw new UsageException("licence " + licenceNo + " is not in the store: give its unit with --unit");
        }
        LocalDate date;
        try {
            date = cl.option("date").map(LocalDate::parse).orElseGet(() -> LocalDate.now(Messages.ZONE));
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be YYYY-MM-DD, not '" + cl.option("date").orElse("") + "'");
        }
        int line = cl.intOption("line", 1, 1, 999);
        stored.filter(l -> !"ISSUED".equals(l.state()))
                .ifPresent(l -> out.println("note: the stored licence is " + l.state() + "; sending anyway"));
        String declarationNo;
        if (cl.option("declaration").isPresent()) {
            declarationNo = cl.option("declaration").get();
        } else {
            try {
                declarationNo = store.nextDeclarationNumber(port, date);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Usage usage = new Usage(licenceNo, declarationNo, date, port, line, quantity, unit, cl.flag("last"));
        String xml;
        try {
            xml = usage.toValidXml();
        } catch (XmlException e) {
            throw new UsageException("this usage message would " + e.getMessage()
                    + " (use 'customs malformed' to send broken messages on purpose)");
        }
        Optional<String> earlier = store.usage(declarationNo);
        if (earlier.isPresent() && !earlier.get().equals(xml)) {
            out.println("note: declaration " + declarationNo + " was sent before with other content"
                    + " (the platform should answer DECLARATION_CONFLICT); the store keeps the first one for replay");
        }
        out.printf("declaration %s: licence %s, quantity %s unit %s, port %s, goods line %d, date %s%s%n",
                declarationNo, licenceNo, quantity.toPlainString(), unit, port, line, date,
                usage.lastUse() ? ", last use" : "");
        return exchangeUsage(cl, declarationNo, xml, () -> store.saveUsage(declarationNo, xml));
    }

    int replay(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() != 1) {
            throw new UsageException("replay needs DECLARATION_NO");
        }
        String declarationNo = cl.args().get(0);
        String xml = store.usage(declarationNo).orElseThrow(() -> new UsageException(
                "no usage message for declaration " + declarationNo + " in " + store.usagesDir()));
        try {
            Usage u = Usage.parse(xml);
            out.printf("replaying declaration %s: licence %s, quantity %s unit %s, port %s (same message as before)%n",
                    declarationNo, u.licenceNo(), u.quantity().toPlainString(), u.unit(), u.port());
        } catch (XmlException e) {
            out.println("replaying declaration " + declarationNo + " (stored message: " + e.getMessage() + ")");
        }
        return exchangeUsage(cl, declarationNo, xml, () -> { });
    }

    private int exchangeUsage(CommandLine cl, String declarationNo, String xml, Runnable afterSend)
            throws UsageException, BrokerException {
        String reply = exchange(xml, "usage", declarationNo, cl.flag("reply-queue"), waitSeconds(cl), afterSend);
        if (reply == null) {
            return NO_REPLY;
        }
        store.saveReply(declarationNo, reply);
        UsageReply r = printReply(reply);
        if (r == null) {
            return NO_REPLY;
        }
        return r.accepted() ? OK : REFUSED;
    }

    // ================================================================ malformed

    int malformed(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().isEmpty() || cl.args().size() > 2) {
            throw new UsageException("malformed needs KIND (xxe, oversize, invalid, garbage) [LICENCE_NO]");
        }
        String kind = cl.args().get(0);
        if (!List.of("xxe", "oversize", "invalid", "garbage").contains(kind)) {
            throw new UsageException("unknown KIND '" + kind + "': xxe, oversize, invalid or garbage");
        }
        String licenceNo = cl.args().size() == 2 ? cl.args().get(1) : "26-XX-000000";
        Optional<Licence> stored = store.licence(licenceNo);
        String port = stored.map(Licence::port).filter(p -> p.matches("[0-9]{4}")).orElse("0100");
        String unit = stored.map(Licence::unit).filter(u -> u.matches("[0-9]{3}")).orElse("035");
        LocalDate today = LocalDate.now(Messages.ZONE);
        String declarationNo = store.nextDeclarationNumber(port, today);
        Usage usage = new Usage(licenceNo, declarationNo, today, port, 1, BigDecimal.ONE, unit, false);
        String text;
        try {
            text = malformedText(kind, usage);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String correlation = "invalid".equals(kind) ? declarationNo.substring(0, 17) : declarationNo;
        String type = cl.option("type").orElse("usage");
        out.printf("sending a malformed message (%s, %d bytes, JMSType %s, JMSCorrelationID %s) to %s%n", kind,
                text.getBytes(StandardCharsets.UTF_8).length, type, correlation, Broker.INBOUND_QUEUE);
        String reply = exchange(text, type, correlation, cl.flag("reply-queue"), waitSeconds(cl), () -> { });
        if (reply == null) {
            return NO_REPLY;
        }
        UsageReply r = printReply(reply);
        if (r == null) {
            return NO_REPLY;
        }
        if (r.refused()) {
            out.println("refused, as it should be");
            return OK;
        }
        out.println("NOT refused: the platform took a malformed message");
        return REFUSED;
    }

    /**
     * The text of a malformed usage message, built from a valid one: xxe (a DOCTYPE declaring an
     * external entity on file:///etc/passwd, used in licenceNo), oversize (valid, padded past 64 KiB
     * with a comment), invalid (well-formed, a 17-character declaration number), garbage (not XML).
     */
    static String malformedText(String kind, Usage usage) {
        String valid = usage.toXml();
        return switch (kind) {
            case "xxe" -> valid
                    .replace("<usage ", "<!DOCTYPE usage [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<usage ")
                    .replace("<licenceNo>" + usage.licenceNo() + "</licenceNo>", "<licenceNo>&xxe;</licenceNo>");
            case "oversize" -> valid.replace("\n<usage ",
                    "\n<!-- " + "x".repeat(PLATFORM_LIMIT_BYTES + 1024) + " -->\n<usage ");
            case "invalid" -> valid.replace("<declarationNo>" + usage.declarationNo() + "</declarationNo>",
                    "<declarationNo>" + usage.declarationNo().substring(0, 17) + "</declarationNo>");
            case "garbage" -> "this is not XML <usage> & <<< " + UUID.randomUUID() + "\n";
            default -> throw new IllegalArgumentException(
                    "unknown KIND '" + kind + "': xxe, oversize, invalid or garbage");
        };
    }

    // ================================================================ messaging

    private static int waitSeconds(CommandLine cl) throws UsageException {
        return cl.intOption("wait", 30, 0, 3600);
    }

    /**
     * Sends one persistent text message to ElpCustomsInbound and waits for the reply: on a
     * temporary queue named in JMSReplyTo, or (--reply-queue) on ElpCustomsReply, selected by
     * JMSCorrelationID. Returns the reply's text, or null when none came.
     */
    private String exchange(String text, String type, String correlationId, boolean replyQueue, int waitSeconds,
                            Runnable afterSend) throws BrokerException {
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Destination replyTo = null;
            MessageConsumer replies;
            if (replyQueue) {
                replies = session.createConsumer(session.createQueue(Broker.REPLY_QUEUE),
                        "JMSCorrelationID = '" + correlationId.replace("'", "''") + "'");
            } else {
                TemporaryQueue temporary = session.createTemporaryQueue();
                replyTo = temporary;
                replies = session.createConsumer(temporary);
            }
            connection.start();
            TextMessage m = session.createTextMessage(text);
            m.setJMSType(type);
            m.setJMSCorrelationID(correlationId);
            if (replyTo != null) {
                m.setJMSReplyTo(replyTo);
            }
            MessageProducer producer = session.createProducer(session.createQueue(Broker.INBOUND_QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(m);
            afterSend.run();
            out.printf("sent to %s at %s (JMSMessageID %s); ", Broker.INBOUND_QUEUE, broker.address, m.getJMSMessageID());
            if (waitSeconds == 0) {
                out.println("not waiting for a reply (--wait 0)");
                return null;
            }
            out.printf("waiting up to %d s for the reply on %s%n", waitSeconds,
                    replyQueue ? Broker.REPLY_QUEUE : "a temporary queue (JMSReplyTo)");
            Message reply = replies.receive(waitSeconds * 1000L);
            if (reply == null) {
                out.printf("no reply within %d s (is the platform deployed on this broker?)%n", waitSeconds);
                return null;
            }
            if (!correlationId.equals(reply.getJMSCorrelationID())) {
                out.println("warning: the reply's JMSCorrelationID is " + reply.getJMSCorrelationID()
                        + ", not " + correlationId);
            }
            if (!(reply instanceof TextMessage tm) || tm.getText() == null) {
                out.println("reply is not a text message: " + reply);
                return null;
            }
            return tm.getText();
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    /** Prints a usageReply readably; null when it cannot be read (then it is printed raw). */
    private UsageReply printReply(String text) {
        UsageReply.Parsed parsed;
        try {
            parsed = UsageReply.parse(text);
        } catch (XmlException e) {
            out.println("unreadable reply (" + e.getMessage() + "):\n" + text);
            return null;
        }
        UsageReply r = parsed.reply();
        out.println("usageReply" + (r.declarationNo() != null ? " for declaration " + r.declarationNo() : "")
                + (r.licenceNo() != null ? " (licence " + r.licenceNo() + ")" : "") + ":");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("result", r.result());
        rows.put("reasonCode", r.reasonCode());
        rows.put("reason", r.reason());
        rows.put("usedQuantity", r.usedQuantity());
        rows.put("quantityLeft", r.quantityLeft());
        rows.put("usesLeft", r.usesLeft());
        rows.put("licenceStatus", r.licenceStatus());
        rows.forEach((k, v) -> out.printf("  %-14s %s%n", k, v == null ? "-" : v));
        if (parsed.schemaProblem() != null) {
            out.println("  warning: the reply " + parsed.schemaProblem());
        }
        return r;
    }

    // ================================================================ status

    int status(CommandLine cl) throws UsageException {
        if (cl.args().size() > 1) {
            throw new UsageException("status takes at most one LICENCE_NO");
        }
        Map<String, List<Usage>> usages = usagesByLicence();
        if (cl.args().size() == 1) {
            return statusOf(cl.args().get(0), usages.getOrDefault(cl.args().get(0), List.of()));
        }
        List<Licence> licences = store.licences();
        if (licences.isEmpty() && usages.isEmpty()) {
            out.println("the store " + store.root + " is empty (run 'customs listen' to receive licences)");
            return OK;
        }
        out.println("store " + store.root);
        String format = "%-13s %-15s %14s %-5s %-5s %5s %5s  %s%n";
        out.printf(format, "LICENCE", "STATE", "QUANTITY", "UNIT", "PORT", "DECL", "ACC", "LAST MESSAGE");
        List<String> seen = new ArrayList<>();
        for (Licence l : licences) {
            seen.add(l.licenceNo());
            List<Usage> u = usages.getOrDefault(l.licenceNo(), List.of());
            out.printf(format, l.licenceNo(), l.state(), nz(l.quantity()), nz(l.unit()), nz(l.port()), u.size(),
                    accepted(u), nz(l.get("lastEvent")) + " " + nz(l.get("lastReceivedAt")));
        }
        for (Map.Entry<String, List<Usage>> e : usages.entrySet()) {
            if (!seen.contains(e.getKey())) {
                Usage any = e.getValue().get(0);
                out.printf(format, e.getKey(), "(not received)", "-", any.unit(), any.port(), e.getValue().size(),
                        accepted(e.getValue()), "-");
            }
        }
        return OK;
    }

    private int statusOf(String licenceNo, List<Usage> usages) {
        Optional<Licence> stored = store.licence(licenceNo);
        if (stored.isEmpty() && usages.isEmpty()) {
            out.println("licence " + licenceNo + " is not in the store " + store.root);
            return BAD_INPUT;
        }
        if (stored.isPresent()) {
            Licence l = stored.get();
            out.printf("licence %s  state %s  (last message %s, received %s)%n", licenceNo, l.state(),
                    l.get("lastEvent"), l.get("lastReceivedAt"));
            for (String k : new String[] {"verificationCode", "issuingAuthority", "validFrom", "expiryDate", "exporterCode",
                    "exporterName", "tradeMode", "port", "country", "commodityCode", "unit", "quantity", "maxUses",
                    "overshipmentPercent"}) {
                if (l.get(k) != null) {
                    out.printf("  %-20s %s%n", k, l.get(k));
                }
            }
            for (String k : new java.util.TreeSet<>(l.props().stringPropertyNames())) {
                if (k.matches("licence(Deleted|WrittenOff|Expired)\\..*")) {
                    out.printf("  %-20s %s%n", k, l.get(k));
                }
            }
            out.println("  messages received (elpMessageId: received, event):");
            l.messagesSeen().forEach((id, v) -> out.printf("    %s: %s%n", id, v));
            out.println("  last message: " + store.licencesDir().resolve(licenceNo + ".xml"));
        } else {
            out.println("licence " + licenceNo + ": no licence message received; declarations were sent for it");
        }
        out.println("  declarations sent: " + usages.size());
        for (Usage u : usages) {
            String result = store.reply(u.declarationNo()).map(Simulator::replySummary).orElse("no reply stored");
            out.printf("    %s  %s  line %d  quantity %s unit %s port %s  -> %s%n", u.declarationNo(),
                    u.declarationDate(), u.goodsLine(), u.quantity().toPlainString(), u.unit(), u.port(), result);
        }
        return OK;
    }

    private static String replySummary(String xml) {
        try {
            UsageReply r = UsageReply.parse(xml).reply();
            return r.result() + (r.reasonCode() != null ? " " + r.reasonCode() : "")
                    + (r.quantityLeft() != null ? ", quantity left " + r.quantityLeft() : "")
                    + (r.usesLeft() != null ? ", uses left " + r.usesLeft() : "");
        } catch (XmlException e) {
            return "unreadable reply";
        }
    }

    private Map<String, List<Usage>> usagesByLicence() {
        Map<String, List<Usage>> byLicence = new java.util.TreeMap<>();
        for (Path f : store.usageFiles()) {
            try {
                Usage u = Usage.parse(StoreFiles.readString(f).orElse(""));
                byLicence.computeIfAbsent(u.licenceNo(), k -> new ArrayList<>()).add(u);
            } catch (XmlException | RuntimeException e) {
                err.println("skipping " + f + ": " + e.getMessage());
            }
        }
        return byLicence;
    }

    private long accepted(List<Usage> usages) {
        return usages.stream().map(u -> store.reply(u.declarationNo())).flatMap(Optional::stream).filter(x -> {
            try {
                return UsageReply.parse(x).reply().accepted();
            } catch (XmlException e) {
                return false;
            }
        }).count();
    }

    // ================================================================ debugging commands

    /** Puts a licence message on ElpCustomsLicence as the platform would (for trying listen). */
    int sendLicence(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() != 1) {
            throw new UsageException("send-licence needs FILE");
        }
        Path file = Path.of(cl.args().get(0));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        String type = cl.option("type").orElse(null);
        String correlation = null;
        try {
            LicenceMessage msg = LicenceMessage.parse(text);
            type = type != null ? type : msg.event().name();
            correlation = msg.licenceNo();
        } catch (XmlException e) {
            out.println("warning: " + file + ": " + e.getMessage() + "; sending it as it is");
            type = type != null ? type : "unknown";
        }
        String messageId = cl.option("message-id").orElseGet(() -> "sim-" + UUID.randomUUID());
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage m = session.createTextMessage(text);
            m.setJMSType(type);
            m.setJMSCorrelationID(correlation);
            m.setStringProperty("elpMessageId", messageId);
            MessageProducer producer = session.createProducer(session.createQueue(Broker.LICENCE_QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(m);
            out.printf("sent %s to %s at %s: JMSType %s, JMSCorrelationID %s, elpMessageId %s%n", file,
                    Broker.LICENCE_QUEUE, broker.address, type, correlation, messageId);
            return OK;
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    /** Lists the messages waiting on a queue without taking them. */
    int browse(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() > 1) {
            throw new UsageException("browse takes at most one QUEUE");
        }
        String queue = cl.args().isEmpty() ? Broker.INBOUND_QUEUE : cl.args().get(0);
        Connection connection = broker.connect();
        try {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue q = session.createQueue(queue);
            QueueBrowser browser = session.createBrowser(q);
            connection.start();
            int n = 0;
            for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
                Message m = (Message) e.nextElement();
                n++;
                out.printf("%d. JMSType=%s JMSCorrelationID=%s JMSReplyTo=%s elpMessageId=%s JMSXDeliveryCount=%s %s%n",
                        n, m.getJMSType(), m.getJMSCorrelationID(), name(m.getJMSReplyTo()), m.getStringProperty("elpMessageId"),
                        m.getObjectProperty("JMSXDeliveryCount"),
                        m.getJMSDeliveryMode() == DeliveryMode.PERSISTENT ? "persistent" : "non-persistent");
                if (m instanceof TextMessage tm && tm.getText() != null) {
                    String t = tm.getText().replaceAll("\\s+", " ");
                    out.println("   " + (t.length() > 300 ? t.substring(0, 300) + "… (" + t.length() + " chars)" : t));
                }
            }
            out.println(n + " message(s) on " + queue + " at " + broker.address);
            return OK;
        } catch (JMSException e) {
            throw new BrokerException("JMS failure on " + broker.address + ": " + Broker.rootMessage(e), e);
        } finally {
            Broker.closeQuietly(connection);
        }
    }

    // ================================================================ helpers

    private static String name(Destination d) throws JMSException {
        return d instanceof Queue q ? q.getQueueName() : String.valueOf(d);
    }

    private static String clock() {
        return OffsetDateTime.now(Messages.ZONE).format(CLOCK);
    }

    private static String pad(String s, int width) {
        String v = s == null ? "?" : s;
        return v.length() >= width ? v : v + " ".repeat(width - v.length());
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
