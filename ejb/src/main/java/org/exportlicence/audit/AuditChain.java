package org.exportlicence.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.exportlicence.platform.Roles;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * The tamper-evident chain over the audit trail. {@link #seal()} takes the committed events that have no
 * place in the chain yet, oldest id first, and gives each the next chain number and its chain hash, under
 * the lock of the chain's head row, so sealers on several servers take turns; events are written by
 * their business transactions without waiting for it (an event committed late is sealed in a later
 * round). {@link #signHead()} signs the head with the platform's audit key; {@link #verify()} seals what
 * is committed and walks the chain ({@link AuditChainWalk}). Plain JDBC: the sealer and the walk read the
 * rows as stored, not as the persistence context's cache holds them.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BATCH})
public class AuditChain {
    /** Events sealed in one transaction. */
    static final int BLOCK = 2_000;

    private static final Logger LOG = Logger.getLogger(AuditChain.class.getName());
    private static final String AUDIT_KEY = "AUDIT";
    private static final String AUDIT_KEY_SUBJECT = "CN=Export Licence Platform Audit, O=Export Licence Platform, C=CN";

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @EJB
    private SealKeys sealKeys;

    @Inject
    private Clock clock;

    /** Seals up to one block of committed events; the number sealed (fewer than a block: none left). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seal() {
        try (Connection c = dataSource.getConnection()) {
            Head locked = lockHead(c);
            long seq = locked.seq();
            String previous = locked.hash();
            int sealed = 0;
            try (PreparedStatement events = c.prepareStatement("SELECT " + AuditChainWalk.columns()
                            + " FROM audit_event WHERE chain_seq IS NULL ORDER BY id");
                    PreparedStatement update = c.prepareStatement(
                            "UPDATE audit_event SET chain_seq = ?, chain_hash = ?, content_hash = ? WHERE id = ?")) {
                events.setMaxRows(BLOCK);
                try (ResultSet rs = events.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String computed = AuditChainWalk.contentHash(rs);
                        String stored = rs.getString(11);
                        if (stored != null && !stored.equals(computed)) {
                            // Chained as written, so that the verification names this event.
                            LOG.severe(() -> "Audit event " + id + " was altered before it was sealed");
                        }
                        String content = stored != null ? stored : computed; // events older than the chain
                        seq++;
                        previous = AuditHashes.chain(previous, seq, content);
                        update.setLong(1, seq);
                        update.setString(2, previous);
                        update.setString(3, content);
                        update.setLong(4, id);
                        update.addBatch();
                        sealed++;
                    }
                }
                if (sealed == 0) {
                    return 0;
                }
                update.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, sealed_at = ? WHERE id = 1")) {
                head.setLong(1, seq);
                head.setString(2, previous);
                head.setObject(3, LocalDateTime.now(clock));
                head.executeUpdate();
            }
            return sealed;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be sealed", e);
        }
    }

    /** Seals every event committed so far, a block per transaction; the number sealed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealAll() {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        long total = 0;
        int sealed;
        do {
            sealed = self.seal();
            total += sealed;
        } while (sealed == BLOCK);
        return total;
    }

    /** Signs the chain's head if it moved since the last signature; whether it signed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean signHead() {
        try (Connection c = dataSource.getConnection()) {
            Head head = lockHead(c);
            long seq = head.seq();
            String hash = head.hash();
            try (PreparedStatement last = c.prepareStatement("SELECT MAX(chain_seq) FROM audit_chain_signature");
                    ResultSet rs = last.executeQuery()) {
                if (seq == 0 || rs.next() && rs.getLong(1) >= seq) {
                    return false;
                }
            }
            SealKeys.Signer signer = sealKeys.signerFor(SealKey.OwnerType.PLATFORM, AUDIT_KEY, AUDIT_KEY_SUBJECT);
            String signature = Base64.getEncoder()
                    .encodeToString(SmCrypto.signDetached(
                            AuditHashes.head(seq, hash), signer.key(), signer.certificate(), clock.instant()));
            long id;
            try (PreparedStatement next = c.prepareStatement(nextSignatureId(c));
                    ResultSet rs = next.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_chain_signature "
                    + "(id, chain_seq, chain_hash, signed_at, signature) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, seq);
                insert.setString(3, hash);
                insert.setObject(4, LocalDateTime.now(clock));
                insert.setString(5, signature);
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain's head could not be signed", e);
        }
    }

    /**
     * Seals what is committed, walks the whole chain and, when it is whole, signs its head (so the next
     * verification anchors at least here). Read-only otherwise.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainReport verify() {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        self.sealAll();
        ChainReport walked = self.walk();
        ChainReport report = walked.whole() && self.signHead() ? self.walk() : walked;
        LOG.info(() -> "Audit chain verified: " + report);
        return report;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainReport walk() {
        try (Connection c = dataSource.getConnection()) {
            return new AuditChainWalk(c, sealKeys.authorityCertificate()).walk();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be read", e);
        }
    }

    /** The chain's end as recorded. */
    private record Head(long seq, String hash) {}

    /** Reads the head row under its lock, held until the transaction ends: one sealer or signer at a time. */
    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement head =
                        c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_chain_head has no row: migration V31 not applied");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The next value of the signatures' sequence, in the database's own dialect. */
    private static String nextSignatureId(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("postgres")) {
            return "SELECT nextval('audit_chain_signature_seq')";
        }
        if (product.contains("oracle")) {
            return "SELECT audit_chain_signature_seq.NEXTVAL FROM dual";
        }
        return "SELECT NEXT VALUE FOR audit_chain_signature_seq";
    }
}
