package org.exportlicence.customs.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Store.Licence;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * The {@code declare} and {@code replay} commands: customs declarations (报关单) against a licence.
 * A declaration becomes a usage message valid by usage-1.xsd (its port and unit those of the stored
 * licence unless given), is kept in the store for replay, goes to the platform, and its reply is
 * stored and decides the exit code.
 */
final class Declarations {

    private final Store store;
    private final UsageExchange exchange;
    private final PrintStream out;

    Declarations(Store store, UsageExchange exchange, PrintStream out) {
        this.store = store;
        this.exchange = exchange;
        this.out = out;
    }

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
            throw new UsageException("no PORT given and licence " + licenceNo + " is not in the store " + store.root
                    + " (receive it with 'customs listen' first, or give PORT and --unit)");
        }
        String unit = cl.option("unit").or(() -> stored.map(Licence::unit)).orElse(null);
        if (unit == null) {
            throw new UsageException("licence " + licenceNo + " is not in the store: give its unit with --unit");
        }
        LocalDate date;
        try {
            date = cl.option("date").map(LocalDate::parse).orElseGet(() -> LocalDate.now(Messages.ZONE));
        } catch (DateTimeParseException e) {
            throw new UsageException(
                    "--date must be YYYY-MM-DD, not '" + cl.option("date").orElse("") + "'");
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
        out.printf(
                "declaration %s: licence %s, quantity %s unit %s, port %s, goods line %d, date %s%s%n",
                declarationNo,
                licenceNo,
                quantity.toPlainString(),
                unit,
                port,
                line,
                date,
                usage.lastUse() ? ", last use" : "");
        return exchangeUsage(cl, declarationNo, xml, () -> store.saveUsage(declarationNo, xml));
    }

    int replay(CommandLine cl) throws UsageException, BrokerException {
        if (cl.args().size() != 1) {
            throw new UsageException("replay needs DECLARATION_NO");
        }
        String declarationNo = cl.args().get(0);
        String xml = store.usage(declarationNo)
                .orElseThrow(() -> new UsageException(
                        "no usage message for declaration " + declarationNo + " in " + store.usagesDir()));
        try {
            Usage u = Usage.parse(xml);
            out.printf(
                    "replaying declaration %s: licence %s, quantity %s unit %s, port %s (same message as before)%n",
                    declarationNo, u.licenceNo(), u.quantity().toPlainString(), u.unit(), u.port());
        } catch (XmlException e) {
            out.println("replaying declaration " + declarationNo + " (stored message: " + e.getMessage() + ")");
        }
        return exchangeUsage(cl, declarationNo, xml, () -> {});
    }

    private int exchangeUsage(CommandLine cl, String declarationNo, String xml, Runnable afterSend)
            throws UsageException, BrokerException {
        String reply = exchange.exchange(
                xml, "usage", declarationNo, cl.flag("reply-queue"), UsageExchange.waitSeconds(cl), afterSend);
        if (reply == null) {
            return Simulator.NO_REPLY;
        }
        store.saveReply(declarationNo, reply);
        UsageReply r = exchange.printReply(reply);
        if (r == null) {
            return Simulator.NO_REPLY;
        }
        return r.accepted() ? Simulator.OK : Simulator.REFUSED;
    }
}
