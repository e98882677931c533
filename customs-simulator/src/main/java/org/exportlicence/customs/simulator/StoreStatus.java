package org.exportlicence.customs.simulator;

import static org.exportlicence.customs.simulator.ConsoleFormat.nz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.Usage;
import org.exportlicence.customs.simulator.Messages.UsageReply;
import org.exportlicence.customs.simulator.Store.Licence;
import org.exportlicence.customs.simulator.Xml.XmlException;

/**
 * The {@code status} command: what the store knows, read only. Without an argument a table of all
 * licences (with the declarations, 报关单, sent and accepted); with a licence number its details,
 * the messages received and its declarations with their replies.
 */
final class StoreStatus {

    private final Store store;
    private final PrintStream out;
    private final PrintStream err;

    StoreStatus(Store store, PrintStream out, PrintStream err) {
        this.store = store;
        this.out = out;
        this.err = err;
    }

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
            return Simulator.OK;
        }
        out.println("store " + store.root);
        String format = "%-13s %-15s %14s %-5s %-5s %5s %5s  %s%n";
        out.printf(format, "LICENCE", "STATE", "QUANTITY", "UNIT", "PORT", "DECL", "ACC", "LAST MESSAGE");
        List<String> seen = new ArrayList<>();
        for (Licence l : licences) {
            seen.add(l.licenceNo());
            List<Usage> u = usages.getOrDefault(l.licenceNo(), List.of());
            out.printf(
                    format,
                    l.licenceNo(),
                    l.state(),
                    nz(l.quantity()),
                    nz(l.unit()),
                    nz(l.port()),
                    u.size(),
                    accepted(u),
                    nz(l.get("lastEvent")) + " " + nz(l.get("lastReceivedAt")));
        }
        for (Map.Entry<String, List<Usage>> e : usages.entrySet()) {
            if (!seen.contains(e.getKey())) {
                Usage any = e.getValue().get(0);
                out.printf(
                        format,
                        e.getKey(),
                        "(not received)",
                        "-",
                        any.unit(),
                        any.port(),
                        e.getValue().size(),
                        accepted(e.getValue()),
                        "-");
            }
        }
        return Simulator.OK;
    }

    private int statusOf(String licenceNo, List<Usage> usages) {
        Optional<Licence> stored = store.licence(licenceNo);
        if (stored.isEmpty() && usages.isEmpty()) {
            out.println("licence " + licenceNo + " is not in the store " + store.root);
            return Simulator.BAD_INPUT;
        }
        if (stored.isPresent()) {
            Licence l = stored.get();
            out.printf(
                    "licence %s  state %s  (last message %s, received %s)%n",
                    licenceNo, l.state(), l.get("lastEvent"), l.get("lastReceivedAt"));
            for (String k : new String[] {
                "verificationCode",
                "issuingAuthority",
                "validFrom",
                "expiryDate",
                "exporterCode",
                "exporterName",
                "tradeMode",
                "port",
                "country",
                "commodityCode",
                "unit",
                "quantity",
                "maxUses",
                "overshipmentPercent"
            }) {
                if (l.get(k) != null) {
                    out.printf("  %-20s %s%n", k, l.get(k));
                }
            }
            for (String k : new TreeSet<>(l.props().stringPropertyNames())) {
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
            String result = store.reply(u.declarationNo())
                    .map(StoreStatus::replySummary)
                    .orElse("no reply stored");
            out.printf(
                    "    %s  %s  line %d  quantity %s unit %s port %s  -> %s%n",
                    u.declarationNo(),
                    u.declarationDate(),
                    u.goodsLine(),
                    u.quantity().toPlainString(),
                    u.unit(),
                    u.port(),
                    result);
        }
        return Simulator.OK;
    }

    private static String replySummary(String xml) {
        try {
            UsageReply r = UsageReply.parse(xml).reply();
            return r.result()
                    + (r.reasonCode() != null ? " " + r.reasonCode() : "")
                    + (r.quantityLeft() != null ? ", quantity left " + r.quantityLeft() : "")
                    + (r.usesLeft() != null ? ", uses left " + r.usesLeft() : "");
        } catch (XmlException e) {
            return "unreadable reply";
        }
    }

    private Map<String, List<Usage>> usagesByLicence() {
        Map<String, List<Usage>> byLicence = new TreeMap<>();
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
        return usages.stream()
                .map(u -> store.reply(u.declarationNo()))
                .flatMap(Optional::stream)
                .filter(x -> {
                    try {
                        return UsageReply.parse(x).reply().accepted();
                    } catch (XmlException e) {
                        return false;
                    }
                })
                .count();
    }
}
