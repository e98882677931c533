package org.exportlicence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 5,000 usage messages while an instance is killed and started again (bin/platform cluster test): the
 * customs simulator's burst sends them at a steady rate through the cluster's one broker, to both
 * instances' message-driven beans; meanwhile elp-i2 is killed with {@code kill -9} and restarted. Every
 * declaration is recorded exactly once, every message answered.
 */
class UsageAcrossRestartClusterCheck {
    private static final int MESSAGES = 5000;
    /** Messages per second: the burst lasts about 100 s, longer than the killed instance is away. */
    private static final int RATE = 50;

    @Test
    void everyDeclarationIsRecordedOnceAndEveryMessageAnswered() throws Exception {
        Path target = Path.of(System.getProperty("cluster.dir")).getParent();
        Path licences = target.resolve("cluster-usage-licences.txt");
        Path declarations = target.resolve("cluster-usage-declarations.txt");
        List<String> issued =
                Files.readAllLines(Path.of(System.getProperty("cluster.licences")), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement(
                        "select l.licence_no, a.port_code, a.unit_code, least(l.max_uses - l.use_count,"
                                + " floor(l.quantity - l.used_quantity)) from licence l"
                                + " join application a on a.id = l.application_id where l.licence_no = any (?)")) {
            Array numbers = db.createArrayOf("varchar", issued.toArray());
            query.setArray(1, numbers);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getInt(4));
                }
            }
        }
        Files.write(licences, lines, StandardCharsets.UTF_8);

        Process burst = new ProcessBuilder(
                        System.getProperty("customs.simulator"),
                        "--broker",
                        System.getProperty("cluster.brokerAddress", "localhost:20676"),
                        "burst",
                        licences.toString(),
                        "--messages",
                        String.valueOf(MESSAGES),
                        "--rate",
                        String.valueOf(RATE),
                        "--wait",
                        "120",
                        "--declarations",
                        declarations.toString())
                .redirectErrorStream(true)
                .redirectOutput(target.resolve("cluster-usage-burst.log").toFile())
                .start();
        Thread.sleep(15_000);
        Cluster.script("kill", "elp-i2");
        Cluster.script("start", "elp-i2");
        assertTrue(burst.waitFor(10, TimeUnit.MINUTES), "the burst ended");
        String report = Files.readString(target.resolve("cluster-usage-burst.log"), StandardCharsets.UTF_8);
        System.out.print(report);
        assertEquals(0, burst.exitValue(), report);
        assertTrue(report.contains("burst: " + MESSAGES + " messages"), report);
        assertTrue(report.contains("unanswered 0;"), report);

        List<String> declared = Files.readAllLines(declarations, StandardCharsets.UTF_8);
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement("select count(*), count(distinct declaration_no)"
                        + " from usage_line where declaration_no = any (?)")) {
            query.setArray(1, db.createArrayOf("varchar", declared.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(declared.size(), row.getInt(2), "every declaration recorded");
                assertEquals(declared.size(), row.getInt(1), "each once");
            }
        }
    }
}
