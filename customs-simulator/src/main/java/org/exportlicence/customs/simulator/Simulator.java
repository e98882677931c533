package org.exportlicence.customs.simulator;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exportlicence.customs.simulator.Broker.BrokerException;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.exportlicence.customs.simulator.Messages.Usage;

/**
 * The simulator's commands as {@link Main} runs them, and their exit codes: each command returns
 * the process's exit code. The work is done by one class per job, made here on the broker, the
 * store and the console: {@link LicenceListener} (licence messages from the platform),
 * {@link Declarations} (报关单, usage messages to it), {@link MalformedMessages}, {@link StoreStatus}
 * and {@link DebugCommands}.
 */
final class Simulator {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int NO_REPLY = 2;
    static final int BROKER_FAILURE = 3;
    static final int BAD_INPUT = 4;

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

    int listen(boolean drain, int idleSeconds) throws BrokerException {
        return new LicenceListener(broker, store, out, err, stopping).listen(drain, idleSeconds);
    }

    int declare(CommandLine cl) throws UsageException, BrokerException {
        return declarations().declare(cl);
    }

    int replay(CommandLine cl) throws UsageException, BrokerException {
        return declarations().replay(cl);
    }

    int malformed(CommandLine cl) throws UsageException, BrokerException {
        return new MalformedMessages(store, new UsageExchange(broker, out), out).send(cl);
    }

    int status(CommandLine cl) throws UsageException {
        return new StoreStatus(store, out, err).status(cl);
    }

    int sendLicence(CommandLine cl) throws UsageException, BrokerException {
        return new DebugCommands(broker, out).sendLicence(cl);
    }

    int browse(CommandLine cl) throws UsageException, BrokerException {
        return new DebugCommands(broker, out).browse(cl);
    }

    int burst(CommandLine cl) throws UsageException, BrokerException {
        return new Burst(broker, out).run(cl);
    }

    /** The text {@code malformed KIND} sends for usage (see {@link MalformedMessages#text}). */
    static String malformedText(String kind, Usage usage) {
        return MalformedMessages.text(kind, usage);
    }

    private Declarations declarations() {
        return new Declarations(store, new UsageExchange(broker, out), out);
    }
}
