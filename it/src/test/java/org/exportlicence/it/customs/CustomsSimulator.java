package org.exportlicence.it.customs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Customs in the browser tests: the customs simulator (customs-simulator/bin/customs), a program
 * of its own that speaks only JMS to the test server's broker, run with a store of the test's own.
 */
public final class CustomsSimulator {
    private final Path store;

    public CustomsSimulator() throws Exception {
        this.store = Files.createTempDirectory("customs-store");
    }

    /** Runs one command; fails unless it exits with {@code expectedExit}; returns its output. */
    public String run(int expectedExit, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(
                System.getProperty("customs.simulator"),
                "--broker",
                "localhost:" + System.getProperty("it.brokerPort", "13076"),
                "--store",
                store.toString()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(expectedExit, process.exitValue(), String.join(" ", line) + "\n" + output);
        return output;
    }
}
