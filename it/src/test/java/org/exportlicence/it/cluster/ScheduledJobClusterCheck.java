package org.exportlicence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job fires once per schedule across the cluster (bin/platform cluster test): licence-expiry's
 * timetable is set to a minute a few minutes ahead on the group's configuration and the application
 * redeployed, so that both instances set their timers for it anew; when it comes, every server's timer
 * fires, one of them claims the due time and starts the job, the others stand aside, and no other
 * execution of it follows.
 */
class ScheduledJobClusterCheck {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String JOB = "licence-expiry";
    private static final String PROPERTY = "elp.batch." + JOB + ".schedule";

    @Test
    void licenceExpiryRunsOnceAtItsTime() throws Exception {
        // Ahead by more than a redeployment takes (75 s measured; with an instance restarted after a failed
        // redeployment, about 2 min), so that both instances' timers are there.
        LocalDateTime due = LocalDateTime.now(CHINA).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        Cluster.script("property", PROPERTY, due.format(DateTimeFormatter.ofPattern("HH:mm")));
        try {
            Cluster.script("deploy");
            String started = "Job " + JOB + " due " + due + " started as execution";
            String stoodAside = "Job " + JOB + " due " + due + " claimed by another server";
            LocalDateTime deadline = due.plusMinutes(2);
            List<String> runners = new ArrayList<>();
            List<String> asideOn = new ArrayList<>();
            while (LocalDateTime.now(CHINA).isBefore(deadline)) {
                runners.clear();
                asideOn.clear();
                for (String instance : Cluster.INSTANCES) {
                    String log = Cluster.log(instance);
                    runners.addAll(occurrences(log, started, instance));
                    asideOn.addAll(occurrences(log, stoodAside, instance));
                }
                if (runners.size() + asideOn.size() >= Cluster.INSTANCES.length
                        && LocalDateTime.now(CHINA).isAfter(due.plusSeconds(30))) {
                    break;
                }
                Thread.sleep(5000);
            }
            // Every server's timer fired (the data grid runs each on one member, not always its maker's).
            assertEquals(1, runners.size(), "started once, on " + runners);
            assertEquals(Cluster.INSTANCES.length - 1, asideOn.size(), "the other timers stood aside: " + asideOn);

            try (Connection db = Cluster.database()) {
                try (PreparedStatement claim =
                        db.prepareStatement("select last_due, claimed_by from job_schedule where job_name = ?")) {
                    claim.setString(1, JOB);
                    try (ResultSet row = claim.executeQuery()) {
                        assertTrue(row.next());
                        assertEquals(due, row.getTimestamp(1).toLocalDateTime());
                        assertEquals(runners.get(0), row.getString(2));
                    }
                }
                long execution = executionNumber(Cluster.log(runners.get(0)), started);
                try (PreparedStatement runs = db.prepareStatement("select s.execution_id, s.server"
                        + " from job_execution_server s"
                        + " join executioninstancedata e on e.jobexecid = s.execution_id"
                        + " join jobinstancedata j on j.jobinstanceid = e.jobinstanceid"
                        + " where j.name = ? and s.started_at >= ?")) {
                    runs.setString(1, JOB);
                    runs.setTimestamp(2, Timestamp.valueOf(due));
                    List<String> executions = new ArrayList<>();
                    try (ResultSet row = runs.executeQuery()) {
                        while (row.next()) {
                            executions.add(row.getLong(1) + "@" + row.getString(2));
                        }
                    }
                    assertEquals(List.of(execution + "@" + runners.get(0)), executions, "one execution since " + due);
                }
            }
        } finally {
            Cluster.script("property", PROPERTY, "");
        }
    }

    /** The execution number in "... started as execution N". */
    private static long executionNumber(String log, String started) {
        int at = log.indexOf(started) + started.length();
        int end = at;
        while (end < log.length() && (Character.isDigit(log.charAt(end)) || log.charAt(end) == ' ')) {
            end++;
        }
        return Long.parseLong(log.substring(at, end).strip());
    }

    private static List<String> occurrences(String log, String text, String instance) {
        List<String> found = new ArrayList<>();
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
            found.add(instance);
        }
        return found;
    }
}
