package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exportlicence.customs.simulator.Broker.BrokerException;

/**
 * The {@code listen} command: stays on ElpCustomsLicence, reconnecting when the broker goes away,
 * and takes the licence messages (许可证电子数据) in a transacted session, one commit per message.
 * What happens to each message is {@link LicenceReception}'s job.
 */
final class LicenceListener {

    private final Broker broker;
    private final Store store;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean stopping;
    private final LicenceReception reception;

    LicenceListener(Broker broker, Store store, PrintStream out, PrintStream err, AtomicBoolean stopping) {
        this.broker = broker;
        this.store = store;
        this.out = out;
        this.err = err;
        this.stopping = stopping;
        this.reception = new LicenceReception(store);
    }

    int listen(boolean drain, int idleSeconds) throws BrokerException {
        out.printf(
                "listening on %s at %s, store %s%s%n",
                Broker.LICENCE_QUEUE,
                broker.address,
                store.root,
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
                    err.println("reconnect failed: "
                            + e.getMessage().lines().findFirst().orElse("") + "; retrying every 5 s");
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
        return Simulator.OK;
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
                line = reception.handle(m, session, receipts, counts);
            } catch (RuntimeException e) { // the store could not be written: let the broker keep the message
                session.rollback();
                err.println(ConsoleFormat.clock() + "  store failure, message left on the queue: " + e.getMessage());
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
