package org.exportlicence.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.exportlicence.audit.AuditChain;
import org.exportlicence.audit.AuditHashes;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.audit.ChainReport;
import org.exportlicence.audit.ChainReport.Kind;
import org.exportlicence.it.roles.AsAdministrator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 审计校验: the chain over the audit trail is whole, and when one row is changed in the database
 * directly (its content, its chain hash, deleted, or rewritten with every hash made to agree) the
 * verification fails at exactly that row. Each test puts the row back, so the chain is whole after it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    private static final String COLUMNS = "id, occurred_at, actor, subject_type, subject_id, action, from_state, "
            + "to_state, reason, content_hash, chain_seq, chain_hash";

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditChain chain;

    @EJB
    private AsAdministrator asAdministrator;

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    /** Three events of this test's own subject, sealed, oldest first. */
    private List<Long> events;

    @BeforeEach
    void threeSealedEvents() throws Exception {
        String subject = UUID.randomUUID().toString();
        asAdministrator.call(() -> {
            audit.record(AuditSubject.of("AUDIT-IT", subject), "FIRST", null, "A", "the first");
            audit.record(AuditSubject.of("AUDIT-IT", subject), "SECOND", "A", "B", "the second, 中文 too");
            audit.record(AuditSubject.of("AUDIT-IT", subject), "THIRD", "B", "C", "");
            return null;
        });
        ChainReport report = verify();
        assertTrue(report.whole(), report::toString);
        events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id FROM audit_event WHERE subject_id = ? AND chain_seq IS NOT NULL ORDER BY id")) {
            s.setString(1, subject);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            }
        }
        assertEquals(3, events.size(), "all three sealed by the verification");
    }

    @Test
    void theChainIsWholeAndItsHeadSigned() throws Exception {
        ChainReport report = verify();
        assertTrue(report.whole(), report::toString);
        assertTrue(report.checked() >= 3, report::toString);
        assertEquals(report.headSeq(), report.lastSignedSeq(), "a whole chain's head is signed by the verification");
        assertNotNull(report.lastSignedAt());
        // The empty reason was stored as null (as Oracle would), and the hash written with the event agrees.
        Row third = row(events.get(2));
        assertEquals(null, third.reason);
        assertEquals(third.contentHash, third.recomputedContent());
    }

    @Test
    void anAlteredReasonIsFoundAtItsRow() throws Exception {
        Row second = row(events.get(1));
        update("UPDATE audit_event SET reason = ? WHERE id = ?", "nothing happened", second.id);
        try {
            assertProblem(Kind.ALTERED, second);
        } finally {
            update("UPDATE audit_event SET reason = ? WHERE id = ?", second.reason, second.id);
        }
        assertTrue(verify().whole());
    }

    @Test
    void anAlteredActorOrTimeIsFoundAtItsRow() throws Exception {
        Row first = row(events.get(0));
        update("UPDATE audit_event SET actor = ? WHERE id = ?", "someone-else", first.id);
        try {
            assertProblem(Kind.ALTERED, first);
        } finally {
            update("UPDATE audit_event SET actor = ? WHERE id = ?", first.actor, first.id);
        }
        update("UPDATE audit_event SET occurred_at = ? WHERE id = ?", first.occurredAt.minusDays(1), first.id);
        try {
            assertProblem(Kind.ALTERED, first);
        } finally {
            update("UPDATE audit_event SET occurred_at = ? WHERE id = ?", first.occurredAt, first.id);
        }
        assertTrue(verify().whole());
    }

    @Test
    void anAlteredChainHashIsFoundAtItsRow() throws Exception {
        Row second = row(events.get(1));
        update("UPDATE audit_event SET chain_hash = ? WHERE id = ?", AuditHashes.GENESIS, second.id);
        try {
            assertProblem(Kind.LINK_BROKEN, second);
        } finally {
            update("UPDATE audit_event SET chain_hash = ? WHERE id = ?", second.chainHash, second.id);
        }
        assertTrue(verify().whole());
    }

    @Test
    void aDeletedEventIsFoundAtItsChainNumber() throws Exception {
        Row second = row(events.get(1));
        update("DELETE FROM audit_event WHERE id = ?", second.id);
        try {
            ChainReport report = verify();
            assertFalse(report.whole());
            assertEquals(Kind.MISSING, report.problem().kind(), report::toString);
            assertEquals(second.chainSeq, report.problem().chainSeq(), report::toString);
        } finally {
            second.insert();
        }
        assertTrue(verify().whole());
    }

    /** Someone with the database rewrites an event and makes its hashes agree: the signed head says so. */
    @Test
    void aRewrittenSignedEventIsFoundByTheSignature() throws Exception {
        ChainReport signed = verify();
        Row head = rowAt(signed.lastSignedSeq());
        Row before = rowAt(signed.lastSignedSeq() - 1);
        String reason = "rewritten";
        String content = AuditHashes.content(
                head.id,
                head.occurredAt,
                head.actor,
                head.subjectType,
                head.subjectId,
                head.action,
                head.fromState,
                head.toState,
                reason,
                null);
        update(
                "UPDATE audit_event SET reason = ?, content_hash = ?, chain_hash = ? WHERE id = ?",
                reason,
                content,
                AuditHashes.chain(before.chainHash, head.chainSeq, content),
                head.id);
        try {
            assertProblem(Kind.SIGNATURE, head);
        } finally {
            update(
                    "UPDATE audit_event SET reason = ?, content_hash = ?, chain_hash = ? WHERE id = ?",
                    head.reason,
                    head.contentHash,
                    head.chainHash,
                    head.id);
        }
        assertTrue(verify().whole());
    }

    private void assertProblem(Kind kind, Row at) throws Exception {
        ChainReport report = verify();
        assertFalse(report.whole(), "the verification must fail after a direct change");
        assertEquals(kind, report.problem().kind(), report::toString);
        assertEquals(at.chainSeq, report.problem().chainSeq(), report::toString);
        assertEquals(at.id, report.problem().eventId(), report::toString);
    }

    private ChainReport verify() throws Exception {
        return asAdministrator.call(chain::verify);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private Row row(long id) throws SQLException {
        return select("id = ?", id);
    }

    private Row rowAt(long chainSeq) throws SQLException {
        return select("chain_seq = ?", chainSeq);
    }

    private Row select(String where, long value) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE " + where)) {
            s.setLong(1, value);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), where + " " + value);
                return new Row(
                        rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getLong(11),
                        rs.getString(12));
            }
        }
    }

    /** An audit_event row as stored. */
    private final class Row {
        final long id;
        final LocalDateTime occurredAt;
        final String actor;
        final String subjectType;
        final String subjectId;
        final String action;
        final String fromState;
        final String toState;
        final String reason;
        final String contentHash;
        final long chainSeq;
        final String chainHash;

        Row(
                long id,
                LocalDateTime occurredAt,
                String actor,
                String subjectType,
                String subjectId,
                String action,
                String fromState,
                String toState,
                String reason,
                String contentHash,
                long chainSeq,
                String chainHash) {
            this.id = id;
            this.occurredAt = occurredAt;
            this.actor = actor;
            this.subjectType = subjectType;
            this.subjectId = subjectId;
            this.action = action;
            this.fromState = fromState;
            this.toState = toState;
            this.reason = reason;
            this.contentHash = contentHash;
            this.chainSeq = chainSeq;
            this.chainHash = chainHash;
        }

        String recomputedContent() {
            return AuditHashes.content(
                    id, occurredAt, actor, subjectType, subjectId, action, fromState, toState, reason, null);
        }

        void insert() throws SQLException {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {
                    id,
                    occurredAt,
                    actor,
                    subjectType,
                    subjectId,
                    action,
                    fromState,
                    toState,
                    reason,
                    contentHash,
                    chainSeq,
                    chainHash
                };
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.executeUpdate();
            }
        }
    }
}
