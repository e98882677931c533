package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.InterruptedRuns;
import org.exportlicence.batch.Jobs;
import org.exportlicence.it.roles.AsBatch;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a cluster a server that starts again marks as interrupted only the executions it was running itself:
 * an execution left STARTED by another instance (recorded with that instance's name) is not touched by this
 * server's sweep; recorded with this server's name, it is marked FAILED (INTERRUPTED) and restartable.
 */
@ExtendWith(ArquillianExtension.class)
class InterruptedRunsIT {
    private static final String THIS_SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    @EJB
    private BatchOperations operations;

    @EJB
    private InterruptedRuns interrupted;

    @EJB
    private AsBatch batch;

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    @Test
    void aServerSweepsOnlyItsOwnInterruptedRuns() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DATE, "2000-01-01"); // nothing is due that day
        long execution = batch.call(() -> operations.start(Jobs.LICENCE_EXPIRY, parameters));
        JobExecution ended = JobRuns.awaitEnd(batch, operations, execution);
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());
        assertEquals(THIS_SERVER, serverOf(execution), "an execution is recorded with the server that runs it");

        // As if the execution were still running when its server died: STARTED, last updated long ago.
        update(
                "UPDATE executioninstancedata SET batchstatus = 'STARTED', exitstatus = NULL, updatetime = ?"
                        + " WHERE jobexecid = ?",
                Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)),
                execution);
        update("UPDATE job_execution_server SET server = ? WHERE execution_id = ?", "elp-other-instance", execution);
        List<Long> swept = batch.call(() -> interrupted.sweep());
        assertFalse(swept.contains(execution), "another instance's run is not this server's to end");
        assertEquals(
                BatchStatus.STARTED,
                batch.call(() -> operations.execution(execution)).getBatchStatus());

        update("UPDATE job_execution_server SET server = ? WHERE execution_id = ?", THIS_SERVER, execution);
        swept = batch.call(() -> interrupted.sweep());
        assertTrue(swept.contains(execution), "this server's own interrupted run is swept: " + swept);
        JobExecution failed = batch.call(() -> operations.execution(execution));
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(InterruptedRuns.EXIT_STATUS, failed.getExitStatus());
    }

    private String serverOf(long execution) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT server FROM job_execution_server WHERE execution_id = ?")) {
            select.setLong(1, execution);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void update(String sql, Object first, long execution) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, first);
            update.setLong(2, execution);
            assertEquals(1, update.executeUpdate(), sql);
        }
    }
}
