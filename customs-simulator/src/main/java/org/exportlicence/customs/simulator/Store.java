package org.exportlicence.customs.simulator;

import static org.exportlicence.customs.simulator.StoreFiles.list;
import static org.exportlicence.customs.simulator.StoreFiles.readProperties;
import static org.exportlicence.customs.simulator.StoreFiles.readString;
import static org.exportlicence.customs.simulator.StoreFiles.writeAtomically;
import static org.exportlicence.customs.simulator.StoreFiles.writeProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.exportlicence.customs.simulator.Messages.LicenceEvent;
import org.exportlicence.customs.simulator.Messages.LicenceMessage;

/**
 * The simulator's own store, a directory:
 * <pre>
 *   licences/&lt;licenceNo&gt;.xml          the last licence message received for the licence
 *   licences/&lt;licenceNo&gt;.properties   its state, the issued licence's details, the elpMessageIds seen
 *   usages/&lt;declarationNo&gt;.xml        every usage message sent (the first one per number, for replay)
 *   replies/&lt;declarationNo&gt;.xml       the last reply received for the declaration
 *   rejected/                          licence messages refused (unreadable, DOCTYPE, breaking the schema)
 *   declaration-counter.properties     the serial of the next declaration number
 * </pre>
 * This class owns what is kept and its rules (the licence's state, redeliveries, declaration
 * numbers of 报关单); {@link StoreFiles} owns how: atomic replacement, the lock file that serialises
 * writers (several simulators may share a store).
 */
final class Store {

    /** Licence numbers and declaration numbers that may be used as file names. */
    private static final Pattern SAFE_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");

    private static final String SEEN = "seen.";
    private static final AtomicInteger REJECTED_SEQ = new AtomicInteger();

    final Path root;

    Store(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path licencesDir() {
        return root.resolve("licences");
    }

    Path usagesDir() {
        return root.resolve("usages");
    }

    Path repliesDir() {
        return root.resolve("replies");
    }

    Path rejectedDir() {
        return root.resolve("rejected");
    }

    static boolean safeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches();
    }

    // ---------------------------------------------------------------- licences

    /** What the store knows of one licence. */
    record Licence(String licenceNo, Properties props) {

        String get(String key) {
            return props.getProperty(key);
        }

        String state() {
            return props.getProperty("state", "?");
        }

        String port() {
            return props.getProperty("port");
        }

        String unit() {
            return props.getProperty("unit");
        }

        String quantity() {
            return props.getProperty("quantity");
        }

        Optional<String> seen(String messageId) {
            return Optional.ofNullable(props.getProperty(SEEN + messageId));
        }

        /** elpMessageId → "receivedAt event", in id order. */
        Map<String, String> messagesSeen() {
            Map<String, String> seen = new TreeMap<>();
            for (String k : props.stringPropertyNames()) {
                if (k.startsWith(SEEN)) {
                    seen.put(k.substring(SEEN.length()), props.getProperty(k));
                }
            }
            return seen;
        }
    }

    /** Outcome of storing a licence message. */
    record Recorded(boolean duplicate, OffsetDateTime receivedAt, String state, String note) {}

    Optional<Licence> licence(String licenceNo) {
        if (!safeName(licenceNo)) {
            return Optional.empty();
        }
        Path file = licencesDir().resolve(licenceNo + ".properties");
        return readProperties(file).map(p -> new Licence(licenceNo, p));
    }

    List<Licence> licences() {
        List<Licence> all = new ArrayList<>();
        for (Path p : list(licencesDir(), ".properties")) {
            String name = p.getFileName().toString();
            licence(name.substring(0, name.length() - ".properties".length())).ifPresent(all::add);
        }
        return all;
    }

    /**
     * Stores a licence message unless its elpMessageId was seen before (a redelivery): then nothing
     * changes and the first receipt time is returned. A licence that was deleted, written off or
     * expired is not made ISSUED again by a licenceIssued arriving late (its details are kept).
     */
    Recorded record(LicenceMessage msg, String xml, String messageId, OffsetDateTime receivedAt) {
        return locked(() -> {
            Path propsFile = licencesDir().resolve(msg.licenceNo() + ".properties");
            Properties p = readProperties(propsFile).orElseGet(Properties::new);
            String earlier = p.getProperty(SEEN + messageId);
            if (earlier != null) {
                return new Recorded(true, OffsetDateTime.parse(earlier.split(" ")[0]), p.getProperty("state"), null);
            }
            String note = null;
            String previous = p.getProperty("state");
            String state = msg.event().state;
            if (msg.event() == LicenceEvent.licenceIssued && previous != null && !"ISSUED".equals(previous)) {
                state = previous;
                note = "arrived after " + previous + ": state stays " + previous;
            }
            p.setProperty("licenceNo", msg.licenceNo());
            p.setProperty("state", state);
            p.setProperty("lastEvent", msg.event().name());
            p.setProperty("lastReceivedAt", Messages.timestamp(receivedAt));
            p.setProperty("lastMessageId", messageId);
            String prefix =
                    msg.event() == LicenceEvent.licenceIssued ? "" : msg.event().name() + ".";
            for (Map.Entry<String, String> f : msg.fields().entrySet()) {
                if (!"licenceNo".equals(f.getKey())) {
                    p.setProperty(prefix + f.getKey(), f.getValue());
                }
            }
            p.setProperty(
                    SEEN + messageId,
                    Messages.timestamp(receivedAt) + " " + msg.event().name());
            writeAtomically(licencesDir().resolve(msg.licenceNo() + ".xml"), xml);
            writeProperties(propsFile, p, "customs simulator: licence " + msg.licenceNo());
            return new Recorded(false, receivedAt, state, note);
        });
    }

    /** Keeps a licence message that was refused, for a look later; returns where. */
    Path reject(String reason, String headers, String content) {
        String name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(Messages.now()) + "-"
                + ProcessHandle.current().pid() + "-" + REJECTED_SEQ.incrementAndGet() + ".txt";
        Path file = rejectedDir().resolve(name);
        writeAtomically(
                file, "# " + reason.replace("\n", " ") + "\n# " + headers + "\n" + (content == null ? "" : content));
        return file;
    }

    // ---------------------------------------------------------------- declarations

    /**
     * A new declaration number: 4-digit customs office (the port) + 4-digit year + '1' + 9-digit
     * serial. The serial comes from a counter in the store; a new store starts it from the time of
     * year (so that a fresh store does not reuse the numbers of an earlier one on the same platform).
     */
    String nextDeclarationNumber(String port, LocalDate date) {
        if (port == null || !port.matches("[0-9]{4}")) {
            throw new IllegalArgumentException(
                    "the port must be 4 digits to make a declaration number, not '" + port + "'");
        }
        long serial = locked(() -> {
            Path file = root.resolve("declaration-counter.properties");
            Properties p = readProperties(file).orElseGet(Properties::new);
            long next = p.containsKey("next") ? Long.parseLong(p.getProperty("next")) : initialSerial();
            long following = next >= 999_999_999L ? 1 : next + 1;
            p.setProperty("next", Long.toString(following));
            writeProperties(file, p, "customs simulator: serial of the next declaration number");
            return next;
        });
        return port + String.format("%04d", date.getYear()) + "1" + String.format("%09d", serial);
    }

    private static long initialSerial() {
        OffsetDateTime now = Messages.now();
        return ((now.getDayOfYear() - 1) * 86_400L + now.toLocalTime().toSecondOfDay()) * 10 + 1;
    }

    Optional<String> usage(String declarationNo) {
        return safeName(declarationNo) ? readString(usagesDir().resolve(declarationNo + ".xml")) : Optional.empty();
    }

    /** Stores a usage message sent; false when one was stored under that number before (kept). */
    boolean saveUsage(String declarationNo, String xml) {
        return locked(() -> {
            Path file = usagesDir().resolve(declarationNo + ".xml");
            if (Files.exists(file)) {
                return false;
            }
            writeAtomically(file, xml);
            return true;
        });
    }

    List<Path> usageFiles() {
        return list(usagesDir(), ".xml");
    }

    Optional<String> reply(String declarationNo) {
        return safeName(declarationNo) ? readString(repliesDir().resolve(declarationNo + ".xml")) : Optional.empty();
    }

    void saveReply(String declarationNo, String xml) {
        writeAtomically(repliesDir().resolve(declarationNo + ".xml"), xml);
    }

    private <T> T locked(StoreFiles.Work<T> work) {
        return StoreFiles.locked(root, work);
    }
}
