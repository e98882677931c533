package org.exportlicence.audit;

import java.io.PrintStream;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.exportlicence.seal.SmCrypto;

/**
 * {@code bin/platform audit-verify}: the audit chain verified from outside the server, straight from the
 * database (read-only; nothing is sealed or signed), with the platform CA's certificate as stored there.
 * Exit status 0 when the chain is whole, 1 at the first altered or missing event, 2 when the database
 * cannot be read.
 */
public final class AuditVerifyCommand {
    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length < 1) {
            out.println("usage: AuditVerifyCommand JDBC-URL [USER [PASSWORD]]");
            System.exit(2);
        }
        String user = args.length > 1 ? args[1] : "";
        String password = args.length > 2 ? args[2] : "";
        try (Connection c = DriverManager.getConnection(args[0], user, password)) {
            c.setReadOnly(true);
            long start = System.nanoTime();
            ChainReport report = new AuditChainWalk(c, authority(c)).walk();
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.println("Audit chain of " + args[0] + ": " + report);
            out.println("  events checked: " + report.checked() + ", up to chain number " + report.headSeq()
                    + ", last signed head: " + report.lastSignedSeq() + " at " + report.lastSignedAt()
                    + ", not sealed yet: " + report.unsealed()
                    + (report.oldestUnsealed() == null ? "" : " (oldest " + report.oldestUnsealed() + ")")
                    + ", walked in " + ms + " ms");
            System.exit(report.whole() ? 0 : 1);
        } catch (SQLException e) {
            out.println("The audit chain could not be read: " + e.getMessage());
            System.exit(2);
        }
    }

    private static X509Certificate authority(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT certificate_pem FROM seal_key WHERE owner_type = 'CERTIFICATE_AUTHORITY'");
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no platform CA in seal_key: the platform never started on this database");
            }
            return SmCrypto.certificateFromPem(rs.getString(1));
        }
    }
}
