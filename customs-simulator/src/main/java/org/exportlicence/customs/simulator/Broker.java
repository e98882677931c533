package org.exportlicence.customs.simulator;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where and how the simulator reaches Payara's OpenMQ broker.
 *
 * <p>The OpenMQ client's {@code com.sun.messaging.ConnectionFactory} is made by name: imq.jar is
 * unpacked from the Payara distribution by the build and is on the class path at run time (the
 * jar's manifest), but it cannot be a compile-time Maven dependency (see the pom).
 */
final class Broker {

    /** Physical OpenMQ destination names of the customs interface. */
    static final String LICENCE_QUEUE = "ElpCustomsLicence";

    static final String INBOUND_QUEUE = "ElpCustomsInbound";
    static final String REPLY_QUEUE = "ElpCustomsReply";

    static final String DEFAULT_ADDRESS = "localhost:12076";

    static final String OPENMQ_FACTORY = "com.sun.messaging.ConnectionFactory";
    /** The names of com.sun.messaging.ConnectionConfiguration's constants. */
    static final String IMQ_ADDRESS_LIST = "imqAddressList";

    static final String IMQ_DEFAULT_USERNAME = "imqDefaultUsername";
    static final String IMQ_DEFAULT_PASSWORD = "imqDefaultPassword";
    static final String IMQ_ADDRESS_LIST_ITERATIONS = "imqAddressListIterations";
    static final String IMQ_RECONNECT_ENABLED = "imqReconnectEnabled";
    static final String IMQ_SOCKET_CONNECT_TIMEOUT = "imqSocketConnectTimeout";

    /** Failure to reach or use the broker (exit code 3). */
    static final class BrokerException extends Exception {
        BrokerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    final String address;
    final String user;
    private final String password;

    Broker(String hostPort, String user, String password) {
        this.address = toAddress(hostPort);
        this.user = user;
        this.password = password;
    }

    /** "host:port" (or an mq:// URL) as an OpenMQ address ("mq://host:port"). */
    static String toAddress(String hostPort) {
        String s = hostPort.strip();
        if (s.startsWith("mq://") || s.startsWith("mqtcp://") || s.startsWith("mqssl://")) {
            return s;
        }
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException(
                    "broker must be host:port, e.g. localhost:12076, not '" + hostPort + "'");
        }
        String port = s.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("broker port must be a number, not '" + port + "'");
        }
        return "mq://" + s;
    }

    /** The OpenMQ properties the simulator sets on its connection factory. */
    Map<String, String> factoryProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(IMQ_ADDRESS_LIST, address);
        p.put(IMQ_DEFAULT_USERNAME, user);
        p.put(IMQ_DEFAULT_PASSWORD, password);
        // Fail fast with a clear message instead of the client's own retrying; listen reconnects itself.
        p.put(IMQ_ADDRESS_LIST_ITERATIONS, "1");
        p.put(IMQ_RECONNECT_ENABLED, "false");
        p.put(IMQ_SOCKET_CONNECT_TIMEOUT, "10000");
        return p;
    }

    ConnectionFactory connectionFactory() throws BrokerException {
        Class<?> type;
        try {
            type = Class.forName(OPENMQ_FACTORY);
        } catch (ClassNotFoundException e) {
            throw new BrokerException(
                    "the OpenMQ client (imq.jar) is not on the class path: run the simulator with "
                            + "bin/customs, or java -jar target/customs-simulator.jar with target/lib/ beside it",
                    e);
        }
        try {
            Object factory = type.getConstructor().newInstance();
            Method setProperty = type.getMethod("setProperty", String.class, String.class);
            for (Map.Entry<String, String> p : factoryProperties().entrySet()) {
                setProperty.invoke(factory, p.getKey(), p.getValue());
            }
            return (ConnectionFactory) factory;
        } catch (InvocationTargetException e) {
            throw new BrokerException(
                    "cannot configure the OpenMQ connection factory for " + address + ": "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new BrokerException("unexpected OpenMQ client on the class path: " + e, e);
        }
    }

    /** A new connection (not started). */
    Connection connect() throws BrokerException {
        ConnectionFactory factory = connectionFactory();
        try {
            Connection c = factory.createConnection(user, password);
            // Without a listener the OpenMQ client prints the stack trace of a lost connection itself;
            // the simulator notices the loss on its next JMS call and reports it in one line.
            c.setExceptionListener(e -> {});
            return c;
        } catch (JMSSecurityException e) {
            throw new BrokerException(
                    "the OpenMQ broker at " + address + " refused user '" + user + "': " + rootMessage(e)
                            + " (use --user/--password or CUSTOMS_USER/CUSTOMS_PASSWORD)",
                    e);
        } catch (JMSException e) {
            throw new BrokerException(
                    "cannot reach the OpenMQ broker at " + address + ": " + rootMessage(e)
                            + "\n  Is the platform's Payara domain running (bin/platform run) and its JMS service reachable?"
                            + "\n  Give the address with --broker host:port or CUSTOMS_BROKER"
                            + " (run domain localhost:12076, test domain localhost:13076).",
                    e);
        }
    }

    static String rootMessage(Throwable t) {
        String message = t.getMessage();
        Throwable c =
                t instanceof JMSException j && j.getLinkedException() != null ? j.getLinkedException() : t.getCause();
        while (c != null && c != t) {
            if (c.getMessage() != null && (message == null || !message.contains(c.getMessage()))) {
                message = message + " - " + c.getClass().getSimpleName() + ": " + c.getMessage();
            }
            t = c;
            c = c.getCause();
        }
        return message;
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure
            }
        }
    }
}
