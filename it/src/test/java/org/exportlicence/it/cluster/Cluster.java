package org.exportlicence.it.cluster;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cluster that {@code bin/platform cluster up} started (resources/server/cluster.sh): its balancer's
 * address, its database, its instances' logs, and the script that kills and starts an instance.
 */
final class Cluster {
    static final String DEMO_PASSWORD = "Demo@2026";
    static final String[] INSTANCES = {"elp-i1", "elp-i2"};

    private Cluster() {}

    /** The platform through the balancer, as users reach it. */
    static URL platform() {
        try {
            return URI.create(System.getProperty("cluster.url", "http://localhost:20090/licence/"))
                    .toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cluster's one database, elp_cluster on the local PostgreSQL. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("cluster.jdbc", "jdbc:postgresql://127.0.0.1:5432/elp_cluster"), "elp", "elp");
    }

    /** Runs resources/server/cluster.sh with the arguments; its output goes to the test's output. */
    static void script(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = System.getProperty("cluster.script");
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An instance's log as written so far: the rotated files (server.log_<time>, oldest first) and then
     * server.log. Payara rotates at 2 MB, which the 500-licence load passes; reading server.log alone, CI's
     * check found the relay rounds of only 306 of the 500 messages delivered.
     */
    static String log(String instance) throws IOException {
        Path logs = Path.of(System.getProperty("cluster.dir"), "nodes", "elp-node", instance, "logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.filter(f -> f.getFileName().toString().startsWith("server.log_"))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        files.add(logs.resolve("server.log"));
        StringBuilder log = new StringBuilder();
        for (Path file : files) {
            if (Files.exists(file)) {
                log.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return log.toString();
    }
}
