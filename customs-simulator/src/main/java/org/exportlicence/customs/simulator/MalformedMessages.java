package org.exportlicence.customs.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Store.Licence;

/**
 * The {@code malformed} command: a usage message broken on purpose (xxe, oversize, invalid,
 * garbage) to check that the platform refuses it, as a hostile or faulty customs system (海关)
 * could send. Succeeds (exit 0) when the platform refuses it.
 */
final class MalformedMessages {

    /** Largest inbound message the platform reads (usage-1.xsd); oversize goes past it. */
    static final int PLATFORM_LIMIT_BYTES = 64 * 1024;

    private final Store store;
    private final UsageExchange exchange;
    private final PrintStream out;

    MalformedMessages(Store store, UsageExchange exchange, PrintStream out) {
        this.store = store;
        this.exchange = exchange;
        this.out = out;
    }

    int send(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().isEmpty() || cl.args().size() > 2) {
            throw new UsageException("malformed needs KIND (xxe, oversize, invalid, garbage) [LICENCE_NO]");
        }
        String kind = cl.args().get(0);
        if (!List.of("xxe", "oversize", "invalid", "garbage").contains(kind)) {
            throw new UsageException("unknown KIND '" + kind + "': xxe, oversize, invalid or garbage");
        }
        String licenceNo = cl.args().size() == 2 ? cl.args().get(1) : "26-XX-000000";
        Optional<Licence> stored = store.licence(licenceNo);
        String port =
                stored.map(Licence::port).filter(p -> p.matches("[0-9]{4}")).orElse("0100");
        String unit =
                stored.map(Licence::unit).filter(u -> u.matches("[0-9]{3}")).orElse("035");
        LocalDate today = LocalDate.now(Messages.ZONE);
        String declarationNo = store.nextDeclarationNumber(port, today);
        Usage usage = new Usage(licenceNo, declarationNo, today, port, 1, BigDecimal.ONE, unit, false);
        String text;
        try {
            text = text(kind, usage);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String correlation = "invalid".equals(kind) ? declarationNo.substring(0, 17) : declarationNo;
        String type = cl.option("type").orElse("usage");
        out.printf(
                "sending a malformed message (%s, %d bytes, JMSType %s, JMSCorrelationID %s) to %s%n",
                kind, text.getBytes(StandardCharsets.UTF_8).length, type, correlation, Broker.INBOUND_QUEUE);
        String reply = exchange.exchange(
                text, type, correlation, cl.flag("reply-queue"), UsageExchange.waitSeconds(cl), () -> {});
        if (reply == null) {
            return Simulator.NO_REPLY;
        }
        UsageReply r = exchange.printReply(reply);
        if (r == null) {
            return Simulator.NO_REPLY;
        }
        if (r.refused()) {
            out.println("refused, as it should be");
            return Simulator.OK;
        }
        out.println("NOT refused: the platform took a malformed message");
        return Simulator.REFUSED;
    }

    /**
     * The text of a malformed usage message, built from a valid one: xxe (a DOCTYPE declaring an
     * external entity on file:///etc/passwd, used in licenceNo), oversize (valid, padded past 64 KiB
     * with a comment), invalid (well-formed, a 17-character declaration number), garbage (not XML).
     */
    static String text(String kind, Usage usage) {
        String valid = usage.toXml();
        return switch (kind) {
            case "xxe" ->
                valid.replace("<usage ", "<!DOCTYPE usage [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<usage ")
                        .replace("<licenceNo>" + usage.licenceNo() + "</licenceNo>", "<licenceNo>&xxe;</licenceNo>");
            case "oversize" ->
                valid.replace("\n<usage ", "\n<!-- " + "x".repeat(PLATFORM_LIMIT_BYTES + 1024) + " -->\n<usage ");
            case "invalid" ->
                valid.replace(
                        "<declarationNo>" + usage.declarationNo() + "</declarationNo>",
                        "<declarationNo>" + usage.declarationNo().substring(0, 17) + "</declarationNo>");
            case "garbage" -> "this is not XML <usage> & <<< " + UUID.randomUUID() + "\n";
            default ->
                throw new IllegalArgumentException("unknown KIND '" + kind + "': xxe, oversize, invalid or garbage");
        };
    }
}
