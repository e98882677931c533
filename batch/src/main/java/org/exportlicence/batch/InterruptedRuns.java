package org.exportlicence.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;

/**
 * Executions the server was killed in the middle of. A running execution's row in the job repository
 * says STARTED until the runtime ends it; when the JVM dies (kill -9, power loss) nobody ever does,
 * the runtime refuses to stop or abandon it, and {@code JobControl} restarts only failed or stopped
 * ones: the run could never be resumed. At start-up, before any job can start, every execution of
 * {@link Jobs#ALL} still STARTING, STARTED or STOPPING that was last updated before this JVM started
 * is therefore marked FAILED with exit status {@value #EXIT_STATUS} (its unfinished steps likewise),
 * and can be restarted from its last checkpoint.
 *
 * <p>In a cluster another instance's run is not interrupted because this one restarted: every execution
 * started here is recorded with this server's name ({@link #runsHere}, table {@code job_execution_server}),
 * and the sweep takes only this server's (and those recorded nowhere). An instance keeps its name across
 * restarts, so its interrupted runs are swept when it comes back.
 *
 * <p>Plain JDBC on the runtime's own tables (Payara's JBatch schema, unquoted names: H2, PostgreSQL,
 * Oracle), each execution committed on its own, outside any container transaction.
 */
@Stateless
@RolesAllowed(Roles.BATCH)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {
    /** The exit status of an execution the sweep ended. */
    public static final String EXIT_STATUS = "INTERRUPTED";

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    /**
     * Marks the executions interrupted by the end of an earlier JVM as FAILED; returns their ids. A new
     * database without the runtime's tables yet has none (logged, not thrown).
     */
    public List<Long> sweep() {
        Timestamp jvmStart = new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime());
        try (Connection connection = dataSource.getConnection()) {
            List<Long> interrupted = unfinished(connection, jvmStart);
            if (interrupted.isEmpty()) {
                return interrupted;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Long> swept = new ArrayList<>();
                for (long execution : interrupted) {
                    if (fail(connection, execution, jvmStart)) {
                        swept.add(execution);
                    }
                }
                return swept;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.log(Level.INFO, "No interrupted job executions looked for (no job repository yet?): {0}", e.toString());
            return Collections.emptyList();
        }
    }

    /** Records that an execution (just started or restarted) runs on this server. */
    public void runsHere(long execution) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO job_execution_server (execution_id, server, started_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, execution);
            insert.setString(2, ClusterLock.thisServer());
            insert.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // The run goes on; only a sweep after a crash of this server would miss it.
            LOG.log(
                    Level.WARNING,
                    "Job execution " + execution + " not recorded as running on " + ClusterLock.thisServer(),
                    e);
        }
    }

    private static List<Long> unfinished(Connection connection, Timestamp jvmStart) throws SQLException {
        String names = String.join(", ", Collections.nCopies(Jobs.ALL.size(), "?"));
        String sql = "SELECT e.jobexecid FROM executioninstancedata e"
                + " INNER JOIN jobinstancedata j ON j.jobinstanceid = e.jobinstanceid"
                + " LEFT OUTER JOIN job_execution_server s ON s.execution_id = e.jobexecid"
                + " WHERE e.batchstatus IN " + UNFINISHED + " AND e.updatetime < ? AND j.name IN (" + names + ")"
                + " AND (s.server IS NULL OR s.server = ?)"
                + " ORDER BY e.jobexecid";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, jvmStart);
            for (int i = 0; i < Jobs.ALL.size(); i++) {
                select.setString(i + 2, Jobs.ALL.get(i));
            }
            select.setString(Jobs.ALL.size() + 2, ClusterLock.thisServer());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Ends one execution and its unfinished steps as FAILED, in one transaction; false if it moved on meanwhile. */
    private static boolean fail(Connection connection, long execution, Timestamp jvmStart) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement job = connection.prepareStatement("UPDATE executioninstancedata"
                        + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ?"
                        + " WHERE jobexecid = ? AND batchstatus IN " + UNFINISHED + " AND updatetime < ?");
                PreparedStatement steps = connection.prepareStatement("UPDATE stepexecutioninstancedata"
                        + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?"
                        + " WHERE jobexecid = ? AND batchstatus IN " + UNFINISHED)) {
            job.setString(1, EXIT_STATUS);
            job.setTimestamp(2, now);
            job.setTimestamp(3, now);
            job.setLong(4, execution);
            job.setTimestamp(5, jvmStart);
            if (job.executeUpdate() == 0) {
                connection.rollback();
                return false;
            }
            steps.setString(1, EXIT_STATUS);
            steps.setTimestamp(2, now);
            steps.setLong(3, execution);
            int stepCount = steps.executeUpdate();
            connection.commit();
            LOG.warning(() -> "Job execution " + execution
                    + " was still running when the server stopped: marked FAILED (" + EXIT_STATUS + ", " + stepCount
                    + " step(s)); it can be restarted from its last checkpoint");
            return true;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
