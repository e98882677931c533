package org.exportlicence.seal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;

/**
 * The platform's signing keys. At first start it creates the project's test CA; afterwards it
 * issues each enterprise (and issuing authority) a key and certificate from that CA the first
 * time one is needed. Keys are created in a transaction of their own, so a refused save never
 * loses a key that was already handed out; decrypted keys are kept in memory.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.ADMIN, Roles.BATCH})
public class SealKeys {
    static final String CA_CODE = "ELP-TEST-CA";
    private static final String CA_DN = "CN=Export Licence Platform Test CA, O=Export Licence Platform, C=CN";
    private static final Logger LOG = Logger.getLogger(SealKeys.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private volatile X509Certificate authority;
    private volatile PrivateKey authorityKey;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();

    /** A private key with its certificate, ready to sign. */
    public record Signer(PrivateKey key, X509Certificate certificate) {}

    @PostConstruct
    void loadAuthority() {
        // The servers of a cluster start together: one creates the CA, the others wait and load it.
        ClusterLock.await(em, ClusterLock.STARTUP);
        SealKey ca = find(SealKey.OwnerType.CERTIFICATE_AUTHORITY, CA_CODE);
        if (ca == null) {
            Instant now = clock.instant();
            KeyPair keys = SmCrypto.generateKeyPair();
            X509Certificate certificate = SmCrypto.selfSignedAuthority(
                    keys, CA_DN, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
            ca = new SealKey(
                    SealKey.OwnerType.CERTIFICATE_AUTHORITY,
                    CA_CODE,
                    CA_DN,
                    SmCrypto.toPem(certificate),
                    SmCrypto.encryptPrivateKey(keys.getPrivate(), KeyStorePassword.get()),
                    LocalDateTime.now(clock));
            em.persist(ca);
            LOG.info("Created the project's test CA");
        }
        authority = SmCrypto.certificateFromPem(ca.getCertificatePem());
        authorityKey = SmCrypto.decryptPrivateKey(ca.getPrivateKeyPem(), KeyStorePassword.get());
    }

    /** The certificate every seal and licence signature is verified against; public by nature. */
    @PermitAll
    public X509Certificate authorityCertificate() {
        return authority;
    }

    /**
     * The signing key of an owner, issued now if it has none. {@code subjectDn} names the owner in
     * the certificate; it is only used when the key is issued.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Signer signerFor(SealKey.OwnerType type, String ownerCode, String subjectDn) {
        String cacheKey = type + "/" + ownerCode;
        Signer cached = signers.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            cached = signers.get(cacheKey);
            if (cached != null) {
                return cached;
            }
            SealKey stored = find(type, ownerCode);
            if (stored == null) {
                // Another server of a cluster may be issuing this owner's key right now: one at a time, then
                // look again (synchronized above covers this server only).
                ClusterLock.await(em, ClusterLock.SEAL_KEYS);
                stored = find(type, ownerCode);
            }
            if (stored == null) {
                stored = issue(type, ownerCode, subjectDn);
            }
            Signer signer = new Signer(
                    SmCrypto.decryptPrivateKey(stored.getPrivateKeyPem(), KeyStorePassword.get()),
                    SmCrypto.certificateFromPem(stored.getCertificatePem()));
            signers.put(cacheKey, signer);
            return signer;
        }
    }

    private SealKey issue(SealKey.OwnerType type, String ownerCode, String subjectDn) {
        Instant now = clock.instant();
        KeyPair keys = SmCrypto.generateKeyPair();
        X509Certificate certificate = SmCrypto.issue(
                authority,
                authorityKey,
                subjectDn,
                keys.getPublic(),
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3 * 365)));
        SealKey key = new SealKey(
                type,
                ownerCode,
                subjectDn,
                SmCrypto.toPem(certificate),
                SmCrypto.encryptPrivateKey(keys.getPrivate(), KeyStorePassword.get()),
                LocalDateTime.now(clock));
        em.persist(key);
        em.flush();
        LOG.info(() -> "Issued a " + type + " key for " + ownerCode);
        return key;
    }

    private SealKey find(SealKey.OwnerType type, String ownerCode) {
        List<SealKey> found = em.createQuery(
                        "select k from SealKey k where k.ownerType = :type and k.ownerCode = :code", SealKey.class)
                .setParameter("type", type)
                .setParameter("code", ownerCode)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
