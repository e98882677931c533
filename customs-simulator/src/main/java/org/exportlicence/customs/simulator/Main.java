package org.exportlicence.customs.simulator;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;

/**
 * The customs simulator: stands in for a customs system next to the Export Licence Platform and
 * speaks only JMS to Payara's OpenMQ broker. See README.md and {@link #USAGE}.
 */
public final class Main {

    static final String USAGE = """
            Usage: customs [--broker HOST:PORT] [--store DIR] [--user U --password P] COMMAND ...

            Commands:
              listen [--drain [--idle S]]    receive licence messages from ElpCustomsLicence, store them and
                                             send a licenceReceipt for each, until Ctrl-C (--drain or --once:
                                             until S seconds, default 3, pass without a message)
              declare LICENCE_NO QUANTITY [PORT]
                                             send one usage message (a customs declaration) and wait for the
                                             reply; the port and unit default to those of the stored licence
                  [--unit UNIT] [--date YYYY-MM-DD] [--line N] [--declaration NO] [--last] [--wait S] [--reply-queue]
              replay DECLARATION_NO          send a stored usage message again, unchanged, and wait for the reply
              malformed KIND [LICENCE_NO]    send a bad message and print the reply: KIND is xxe, oversize,
                                             invalid or garbage [--wait S] [--type JMSTYPE] [--reply-queue]
              status [LICENCE_NO]            what the store knows: all licences, or one with its declarations
              burst LICENCES_FILE            many declarations at once (quantity 1, one in ten a redelivery) on
                                             the licences of a file (lines: LICENCE_NO PORT UNIT USES); prints
                                             the replies by result and messages/s end to end
                  [--messages N] [--senders K] [--rate PER_SECOND] [--wait S] [--declarations FILE]
            Debugging:
              send-licence FILE [--message-id ID] [--type JMSTYPE]
                                             put a licence message on ElpCustomsLicence as the platform would
              browse [QUEUE]                 list the messages waiting on a queue (default ElpCustomsInbound)

            Options:
              --broker HOST:PORT   OpenMQ broker (env CUSTOMS_BROKER; default localhost:12076, the run domain;
                                   the test domain is localhost:13076): Payara's port base + 76
              --store DIR          the simulator's store (env CUSTOMS_STORE; default ~/.export-licence/customs-simulator)
              --user, --password   broker login (env CUSTOMS_USER, CUSTOMS_PASSWORD; default admin/admin)
              --wait S             seconds to wait for a reply (default 30; 0: do not wait)
              --reply-queue        send without JMSReplyTo and wait on ElpCustomsReply instead
              --verbose            show the OpenMQ client's own log

            Exit codes: 0 accepted (ALREADY_RECORDED too; for malformed: refused as it should be),
              1 refused (malformed: not refused), 2 no reply, 3 broker unreachable or JMS failure, 4 bad input.
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        Shutdown shutdown = new Shutdown();
        int code = run(args, System.getenv(), out, err, shutdown);
        // After Ctrl-C the JVM is already exiting: System.exit would block the shutdown hook.
        if (!shutdown.inProgress()) {
            System.exit(code);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Shutdown shutdown) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("customs: " + e.getMessage());
            err.print(USAGE);
            return Simulator.BAD_INPUT;
        }
        if (cl.flag("help") || cl.command().isEmpty()) {
            (cl.flag("help") ? out : err).print(USAGE);
            return cl.flag("help") ? Simulator.OK : Simulator.BAD_INPUT;
        }
        quietOpenMqLogging(cl.flag("verbose"));
        try {
            Broker broker = new Broker(
                    cl.option("broker").orElse(env.getOrDefault("CUSTOMS_BROKER", Broker.DEFAULT_ADDRESS)),
                    cl.option("user").orElse(env.getOrDefault("CUSTOMS_USER", "admin")),
                    cl.option("password").orElse(env.getOrDefault("CUSTOMS_PASSWORD", "admin")));
            Store store = new Store(cl.option("store")
                    .map(Path::of)
                    .orElseGet(() -> env.containsKey("CUSTOMS_STORE")
                            ? Path.of(env.get("CUSTOMS_STORE"))
                            : Path.of(System.getProperty("user.home"), ".export-licence", "customs-simulator")));
            Simulator sim = new Simulator(broker, store, out, err);
            String command = cl.command().get();
            return switch (command) {
                case "listen" -> {
                    shutdown.onInterrupt(() -> sim.stopping.set(true));
                    try {
                        yield sim.listen(cl.flag("drain") || cl.flag("once"), cl.intOption("idle", 3, 1, 3600));
                    } finally {
                        shutdown.finished();
                    }
                }
                case "declare" -> sim.declare(cl);
                case "replay" -> sim.replay(cl);
                case "malformed" -> sim.malformed(cl);
                case "status" -> sim.status(cl);
                case "send-licence" -> sim.sendLicence(cl);
                case "browse" -> sim.browse(cl);
                case "burst" -> sim.burst(cl);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException | IllegalArgumentException e) {
            err.println("customs: " + e.getMessage());
            if (e instanceof UsageException && e.getMessage().startsWith("unknown command")) {
                err.print(USAGE);
            }
            return Simulator.BAD_INPUT;
        } catch (BrokerException e) {
            err.println("customs: " + e.getMessage());
            return Simulator.BROKER_FAILURE;
        } catch (UncheckedIOException e) {
            err.println("customs: " + e.getMessage());
            return Simulator.BAD_INPUT;
        }
    }

    /** The OpenMQ client logs connection failures itself; the simulator reports them in one line. */
    private static void quietOpenMqLogging(boolean verbose) {
        for (Logger l : OPENMQ_LOGGERS) {
            l.setLevel(verbose ? Level.INFO : Level.OFF);
        }
    }

    /** Held here: java.util.logging keeps loggers only weakly, and with them their level. */
    private static final Logger[] OPENMQ_LOGGERS = {
        Logger.getLogger("javax.jms"),
        Logger.getLogger("jakarta.jms"),
        Logger.getLogger("com.sun.messaging"),
        Logger.getLogger("imq")
    };

    /** Ctrl-C handling for listen: stop taking messages, let the current one finish, close. */
    static final class Shutdown {
        private volatile boolean inProgress;
        private final CountDownLatch finished = new CountDownLatch(1);

        boolean inProgress() {
            return inProgress;
        }

        /** On Ctrl-C (or kill): run stop, then give the work up to 10 s to reach {@link #finished()}. */
        void onInterrupt(Runnable stop) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                if (finished.getCount() == 0) {
                                    return; // a normal exit
                                }
                                inProgress = true;
                                stop.run();
                                try {
                                    finished.await(10, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "customs-simulator-stop"));
        }

        void finished() {
            finished.countDown();
        }
    }
}
