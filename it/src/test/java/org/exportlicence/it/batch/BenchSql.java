package org.exportlicence.it.batch;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The batch benchmark's SQL on the volume database: the set-up (planted quota differences, licences made
 * due for expiry), the hand-made set-based statement the reconciliation is measured against, the checks
 * after the runs, and putting the volume data back as it was.
 */
final class BenchSql {
    /** Computed used of a licence, as quota-reconciliation reckons it: written off counts its used part. */
    private static final String COUNTED =
            "CASE WHEN l.status = 'WRITTEN_OFF' THEN least(l.used_quantity, l.quantity)" + " ELSE l.quantity END";

    /** The year's quotas whose stored used amount differs from what their licences use, by document number. */
    private static final String DIFFERING_QUOTAS =
            " FROM quota q LEFT JOIN licence l ON l.quota_id = q.id AND l.status <> 'DELETED'"
                    + " WHERE q.quota_year = ?"
                    + " GROUP BY q.id, q.document_no, q.used, q.total"
                    + " HAVING q.used <> coalesce(sum(" + COUNTED + "), 0)"
                    + " ORDER BY q.document_no";

    /**
     * quota-reconciliation's answer as ONE set-based statement: every quota of the year whose stored used
     * amount differs from what its licences (not deleted) use, with computed, difference, total, whether
     * the licences use more than the total, and the licences involved.
     */
    static final String DIFFERENCES =
            "SELECT q.id, q.document_no, q.used, coalesce(sum(" + COUNTED + "), 0) AS computed,"
                    + " coalesce(sum(" + COUNTED + "), 0) - q.used AS difference, q.total,"
                    + " q.total < coalesce(sum(" + COUNTED + "), 0) AS over_total,"
                    + " string_agg(l.licence_no, ',' ORDER BY l.licence_no) AS licences"
                    + DIFFERING_QUOTAS;

    /**
     * For reference, not the target: the same differences without the licences involved (what the report
     * adds to them is the job's main cost: their licences, copied with the run).
     */
    static final String DIFFERENCES_ONLY = "SELECT q.id, q.document_no, q.used, coalesce(sum(" + COUNTED
            + "), 0) AS computed, q.total" + DIFFERING_QUOTAS;

    private final DataSource dataSource;

    BenchSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The differences of the year's quotas, by the statement above; the ids of the quotas that differ. */
    List<Long> differences(int year) throws SQLException {
        return differences(DIFFERENCES, year);
    }

    /** The ids of the quotas that differ, by {@code statement} (one parameter: the year). */
    List<Long> differences(String statement, int year) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 2; i <= columns; i++) {
                        rs.getObject(i); // every column read, as a report would
                    }
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The latest quota year of the volume data up to this year (the nightly run's default year). */
    int reconciliationYear() throws SQLException {
        return (int) single(
                "SELECT max(quota_year) FROM quota WHERE quota_year <= ?",
                LocalDate.now().getYear());
    }

    long quotas(int year) throws SQLException {
        return single("SELECT count(*) FROM quota WHERE quota_year = ?", year);
    }

    long licencesOfQuotas(int year) throws SQLException {
        return single("SELECT count(*) FROM licence l JOIN quota q ON q.id = l.quota_id WHERE q.quota_year = ?", year);
    }

    /** Plants a difference of +1 in {@code count} quotas of the year that agree with their licences. */
    List<Long> plantDifferences(int year, int count, List<Long> differing) throws SQLException {
        List<Long> planted = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM quota WHERE quota_year = ? AND NOT (id = ANY (?)) ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, year);
                ps.setArray(2, ids(c, differing));
                ps.setInt(3, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        planted.add(rs.getLong(1));
                    }
                }
            }
            adjustUsed(c, planted, 1);
        }
        return planted;
    }

    /** Takes the planted +1 back. */
    void removeDifferences(List<Long> planted) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            adjustUsed(c, planted, -1);
        }
    }

    /** Takes the benchmark's reconciliation runs away again, with their differences and licences. */
    void removeReconciliationRuns(List<Long> instances) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            update(
                    c,
                    "DELETE FROM quota_difference_licence WHERE difference_id IN"
                            + " (SELECT id FROM quota_difference WHERE job_instance_id = ANY (?))",
                    instances);
            update(c, "DELETE FROM quota_difference WHERE job_instance_id = ANY (?)", instances);
            update(c, "DELETE FROM quota_reconciliation_run WHERE job_instance_id = ANY (?)", instances);
        }
    }

    private static void adjustUsed(Connection c, List<Long> quotas, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE quota SET used = used + ? WHERE id = ANY (?)")) {
            ps.setInt(1, delta);
            ps.setArray(2, ids(c, quotas));
            ps.executeUpdate();
        }
    }

    /**
     * The day to run the expiry for: no licence of the volume is due on it by itself (none still 有效 or
     * 使用中 expires before it), so the run's due licences are exactly those {@link #makeDue} made due.
     */
    LocalDate expiryDay() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT min(expiry_date) FROM licence WHERE status IN ('VALID', 'IN_USE')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Date earliest = rs.getDate(1);
            LocalDate today = LocalDate.now();
            return earliest == null || earliest.toLocalDate().isAfter(today) ? today : earliest.toLocalDate();
        }
    }

    /**
     * Makes {@code count} licences due on {@code day}: 已过期 volume licences (lowest ids, expired before the
     * day, not in an earlier run's report) go back to 有效, or 使用中 when customs used them. The job makes
     * them 已过期 again, so the volume's figures come back by themselves.
     */
    List<Long> makeDue(LocalDate day, int count) throws SQLException {
        List<Long> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id FROM licence l WHERE l.status = 'EXPIRED'"
                    + " AND l.expiry_date < ? AND NOT EXISTS (SELECT 1 FROM licence_expiry x WHERE x.licence_id = l.id)"
                    + " ORDER BY l.id FETCH FIRST ? ROWS ONLY")) {
                ps.setDate(1, Date.valueOf(day));
                ps.setInt(2, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getLong(1));
                    }
                }
            }
            update(
                    c,
                    "UPDATE licence SET status = CASE WHEN use_count > 0 THEN 'IN_USE' ELSE 'VALID' END"
                            + " WHERE id = ANY (?)",
                    due);
        }
        return due;
    }

    /** Licences 有效/使用中 past their expiry date on {@code day} (the job's reading, counted). */
    long dueOn(LocalDate day) throws SQLException {
        return single(
                "SELECT count(*) FROM licence WHERE status IN ('VALID', 'IN_USE') AND expiry_date < ?",
                Date.valueOf(day));
    }

    long expiredAmong(List<Long> licences) throws SQLException {
        return countAmong("SELECT count(*) FROM licence WHERE status = 'EXPIRED' AND id = ANY (?)", licences);
    }

    /** Outbox rows LICENCE_EXPIRED written after {@code afterId} for these licences, and how many were sent. */
    long[] expiredMessages(long afterId, List<Long> licences) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*), count(m.sent_at) FROM outbox_message m"
                        + " JOIN licence l ON l.licence_no = m.aggregate_id"
                        + " WHERE m.id > ? AND m.event_type = 'LICENCE_EXPIRED' AND l.id = ANY (?)")) {
            ps.setLong(1, afterId);
            ps.setArray(2, ids(c, licences));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    long count(String table) throws SQLException {
        return single("SELECT count(*) FROM " + table);
    }

    long maxId(String table) throws SQLException {
        return single("SELECT coalesce(max(id), 0) FROM " + table);
    }

    /** Rows the job's report has for the run (licence_expiry by job instance). */
    long expiryReportRows(long jobInstanceId) throws SQLException {
        return single("SELECT count(*) FROM licence_expiry WHERE job_instance_id = ?", jobInstanceId);
    }

    /**
     * Puts the volume back after the expiry run: its licences 已过期 and acknowledged by customs as the
     * volume made them, and what the run wrote for them (report rows, outbox messages, delivered or not)
     * deleted, so the next run starts from the same data. Its audit events stay: the trail is a sealed
     * chain, and a deleted event is what the audit verification reports.
     */
    void restoreExpired(List<Long> licences, long outboxAfter) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            // The relay stops at rows it cannot find; a round in flight may still mark its batch sent.
            update(c, "DELETE FROM outbox_message m WHERE m.id > ? AND m.event_type = 'LICENCE_EXPIRED'", outboxAfter);
            update(c, "DELETE FROM licence_expiry WHERE licence_id = ANY (?)", licences);
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            update(
                    c,
                    "UPDATE licence SET status = 'EXPIRED', customs_status = 'ACKNOWLEDGED' WHERE id = ANY (?)",
                    licences);
        }
    }

    /** Rows of the table whose name contains {@code fragment} and that has the run's job_instance_id. */
    Long reportRows(String fragment, long jobInstanceId) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND column_name = 'job_instance_id'"
                        + " AND table_name LIKE ? ORDER BY table_name")) {
            ps.setString(1, "%" + fragment + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        if (tables.size() != 1) {
            return null;
        }
        return single("SELECT count(*) FROM " + tables.get(0) + " WHERE job_instance_id = ?", jobInstanceId);
    }

    /** An execution as the job repository (Payara's batch runtime tables) holds it. */
    /** {@code seconds}: the execution's start to end; {@code queuedSeconds}: its creation to its start. */
    record Execution(long instanceId, String status, String exitStatus, double seconds, double queuedSeconds) {}

    Execution execution(long executionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT jobinstanceid, batchstatus, exitstatus, starttime, endtime, createtime"
                                + " FROM executioninstancedata WHERE jobexecid = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No execution " + executionId + " in the job repository");
                }
                java.sql.Timestamp start = rs.getTimestamp(4);
                java.sql.Timestamp end = rs.getTimestamp(5);
                java.sql.Timestamp created = rs.getTimestamp(6);
                double seconds = start == null || end == null ? Double.NaN : (end.getTime() - start.getTime()) / 1000.0;
                double queued =
                        start == null || created == null ? Double.NaN : (start.getTime() - created.getTime()) / 1000.0;
                return new Execution(rs.getLong(1), rs.getString(2), rs.getString(3), seconds, queued);
            }
        }
    }

    /** The execution's steps with their counts, one line each. */
    String steps(long executionId) throws SQLException {
        StringBuilder steps = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT stepname, batchstatus, exitstatus, readcount,"
                        + " writecount, commitcount, rollbackcount, readskipcount + processskipcount + writeskipcount,"
                        + " filtercount, starttime, endtime FROM stepexecutioninstancedata WHERE jobexecid = ?"
                        + " ORDER BY stepexecid")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.sql.Timestamp start = rs.getTimestamp(10);
                    java.sql.Timestamp end = rs.getTimestamp(11);
                    steps.append(String.format(
                            java.util.Locale.ROOT,
                            " step %s %s (%s): read %d, written %d, commits %d, rollbacks %d, skipped %d, filtered %d,"
                                    + " %.1f s;",
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getLong(8),
                            rs.getLong(9),
                            start == null || end == null ? Double.NaN : (end.getTime() - start.getTime()) / 1000.0));
                }
            }
        }
        return steps.toString();
    }

    private long countAmong(String sql, List<Long> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long single(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter instanceof List<?> list) {
                ps.setArray(1, c.createArrayOf("bigint", list.toArray()));
            } else {
                ps.setObject(1, parameter);
            }
            return ps.executeUpdate();
        }
    }

    private static Array ids(Connection c, List<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }
}
