package org.exportlicence.audit;

import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.TreeMap;
import org.exportlicence.audit.ChainReport.Kind;
import org.exportlicence.audit.ChainReport.Problem;
import org.exportlicence.seal.SmCrypto;

/**
 * Walks the audit chain in the database, in chain order, and stops at the first defect: every event's
 * content hash recomputed from its columns, every link recomputed from the one before, every chain
 * number present, the chain reaching its head, and every signed head valid and on the chain. Plain JDBC
 * over what is stored (no cache in between), so the server's verification and the command line's
 * ({@code bin/platform audit-verify}) read the same thing.
 */
public final class AuditChainWalk {
    private static final int BLOCK = 5_000;
    private static final String COLUMNS =
            "id, occurred_at, actor, subject_type, subject_id, action, from_state, to_state, reason, certificate, "
                    + "content_hash";

    private final Connection connection;
    private final X509Certificate authority;

    /** {@code authority}: the platform CA's certificate, that the audit key's certificate chains to. */
    public AuditChainWalk(Connection connection, X509Certificate authority) {
        this.connection = connection;
        this.authority = authority;
    }

    public ChainReport walk() throws SQLException {
        TreeMap<Long, String> signedHeads = new TreeMap<>();
        long lastSignedSeq = 0;
        LocalDateTime lastSignedAt = null;
        Problem problem = null;
        try (PreparedStatement signatures = connection.prepareStatement(
                        "SELECT chain_seq, chain_hash, signed_at, signature FROM audit_chain_signature ORDER BY chain_seq");
                ResultSet rs = signatures.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String hash = rs.getString(2);
                boolean valid = SmCrypto.verifyDetached(
                                AuditHashes.head(seq, hash),
                                Base64.getMimeDecoder().decode(rs.getString(4)),
                                authority)
                        .valid();
                if (!valid && problem == null) {
                    problem = new Problem(Kind.SIGNATURE, seq, null);
                }
                signedHeads.put(seq, hash);
                lastSignedSeq = seq;
                lastSignedAt = rs.getObject(3, LocalDateTime.class);
            }
        }
        long checked = 0;
        long seq = 0;
        String previous = AuditHashes.GENESIS;
        while (problem == null) {
            int inBlock = 0;
            try (PreparedStatement events = connection.prepareStatement("SELECT " + COLUMNS
                    + ", chain_seq, chain_hash FROM audit_event WHERE chain_seq > ? ORDER BY chain_seq")) {
                events.setLong(1, seq);
                events.setMaxRows(BLOCK);
                events.setFetchSize(1_000);
                try (ResultSet rs = events.executeQuery()) {
                    while (problem == null && rs.next()) {
                        inBlock++;
                        long id = rs.getLong(1);
                        long chainSeq = rs.getLong(12);
                        if (chainSeq != seq + 1) {
                            problem = new Problem(Kind.MISSING, seq + 1, null);
                        } else if (!contentHash(rs).equals(rs.getString(11))) {
                            problem = new Problem(Kind.ALTERED, chainSeq, id);
                        } else {
                            String expected = AuditHashes.chain(previous, chainSeq, rs.getString(11));
                            if (!expected.equals(rs.getString(13))) {
                                problem = new Problem(Kind.LINK_BROKEN, chainSeq, id);
                            } else if (signedHeads.containsKey(chainSeq)
                                    && !signedHeads.get(chainSeq).equals(expected)) {
                                problem = new Problem(Kind.SIGNATURE, chainSeq, id);
                            } else {
                                previous = expected;
                                seq = chainSeq;
                                checked++;
                            }
                        }
                    }
                }
            }
            if (inBlock < BLOCK) {
                break;
            }
        }
        long headSeq = 0;
        try (PreparedStatement head =
                        connection.prepareStatement("SELECT last_seq FROM audit_chain_head WHERE id = 1");
                ResultSet rs = head.executeQuery()) {
            if (rs.next()) {
                headSeq = rs.getLong(1);
            }
        }
        if (problem == null && (seq < headSeq || seq < lastSignedSeq)) {
            problem = new Problem(Kind.TAIL_MISSING, seq + 1, null);
        }
        long unsealed = 0;
        LocalDateTime oldestUnsealed = null;
        try (PreparedStatement events = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE chain_seq IS NULL ORDER BY id");
                ResultSet rs = events.executeQuery()) {
            while (rs.next()) {
                unsealed++;
                LocalDateTime at = rs.getObject(2, LocalDateTime.class);
                oldestUnsealed = oldestUnsealed == null || at.isBefore(oldestUnsealed) ? at : oldestUnsealed;
                String stored = rs.getString(11);
                if (problem == null && stored != null && !contentHash(rs).equals(stored)) {
                    problem = new Problem(Kind.UNSEALED_ALTERED, 0, rs.getLong(1));
                }
            }
        }
        return new ChainReport(checked, seq, lastSignedSeq, lastSignedAt, unsealed, oldestUnsealed, problem);
    }

    /** The content hash of the event in the current row of a result of {@link #COLUMNS}. */
    static String contentHash(ResultSet rs) throws SQLException {
        return AuditHashes.content(
                rs.getLong(1),
                rs.getObject(2, LocalDateTime.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }

    static String columns() {
        return COLUMNS;
    }
}
