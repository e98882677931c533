package org.exportlicence.customs.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exportlicence.customs.simulator.CommandLine.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void optionsMayStandAnywhere() throws Exception {
        CommandLine cl = CommandLine.parse(
                "--broker", "localhost:13076", "declare", "26-AB-000123", "--unit=035", "10", "--reply-queue", "0202");
        assertEquals("declare", cl.command().orElseThrow());
        assertEquals(List.of("26-AB-000123", "10", "0202"), cl.args());
        assertEquals("localhost:13076", cl.option("broker").orElseThrow());
        assertEquals("035", cl.option("unit").orElseThrow());
        assertTrue(cl.flag("reply-queue"));
        assertThrows(UsageException.class, () -> CommandLine.parse("--nope"));
        assertThrows(UsageException.class, () -> CommandLine.parse("declare", "--wait"));
        assertThrows(
                UsageException.class,
                () -> CommandLine.parse("--wait", "x", "declare").intOption("wait", 30, 0, 60));
    }

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return Main.run(
                args,
                Map.of("CUSTOMS_STORE", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new Main.Shutdown());
    }

    @Test
    void helpOnNoOrUnknownCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Simulator.BAD_INPUT, run(out, err));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: customs"));
        err.reset();
        assertEquals(Simulator.BAD_INPUT, run(out, err, "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
        assertEquals(Simulator.OK, run(out, err, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: customs"));
    }

    @Test
    void declareNeedsPortAndUnitForALicenceNotInTheStore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Simulator.BAD_INPUT, run(out, err, "declare", "26-AB-000999", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give PORT"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(Simulator.BAD_INPUT, run(out, err, "declare", "26-AB-000999", "10", "0202"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--unit"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(Simulator.BAD_INPUT, run(out, err, "declare", "26-AB-000999", "-5", "0202", "--unit", "035"));
    }

    @Test
    void unreachableBrokerIsReportedWithItsAddress() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Port 1 on the loopback interface: nothing listens there.
        assertEquals(Simulator.BROKER_FAILURE, run(out, err, "--broker", "127.0.0.1:1", "browse"));
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("cannot reach the OpenMQ broker at mq://127.0.0.1:1"),
                err.toString(StandardCharsets.UTF_8));
    }
}
