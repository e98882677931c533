package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.Test;

class BrokerTest {

    @Test
    void hostAndPortBecomeAnOpenMqAddress() {
        assertEquals("mq://localhost:12076", Broker.toAddress("localhost:12076"));
        assertEquals("mq://10.0.0.5:13076", Broker.toAddress(" 10.0.0.5:13076 "));
        assertEquals("mq://broker:7676", Broker.toAddress("mq://broker:7676"));
        assertThrows(IllegalArgumentException.class, () -> Broker.toAddress("localhost"));
        assertThrows(IllegalArgumentException.class, () -> Broker.toAddress("localhost:port"));
        assertThrows(IllegalArgumentException.class, () -> Broker.toAddress(":12076"));
    }

    /** With the imq.jar the build unpacks from the Payara distribution (surefire's class path). */
    @Test
    void makesAndConfiguresTheOpenMqConnectionFactory() throws Exception {
        ConnectionFactory f = new Broker("localhost:15076", "customs", "secret").connectionFactory();
        assertEquals(Broker.OPENMQ_FACTORY, f.getClass().getName());
        Class<?> config = Class.forName("com.sun.messaging.ConnectionConfiguration");
        for (String name : new String[] {
            "imqAddressList",
            "imqDefaultUsername",
            "imqDefaultPassword",
            "imqAddressListIterations",
            "imqReconnectEnabled",
            "imqSocketConnectTimeout"
        }) {
            assertEquals(name, config.getField(name).get(null), "OpenMQ's constant " + name);
        }
        Object address = f.getClass().getMethod("getProperty", String.class).invoke(f, "imqAddressList");
        assertEquals("mq://localhost:15076", address);
        assertEquals(
                "customs", f.getClass().getMethod("getProperty", String.class).invoke(f, "imqDefaultUsername"));
    }
}
