package org.exportlicence.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmCryptoTest {

    /* Whole seconds: CMS signingTime (UTCTime) and X.509 validity carry no fractions. */
    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30Z");
    private static final Instant NOT_BEFORE = NOW.minus(Duration.ofDays(1));
    private static final Instant NOT_AFTER = NOW.plus(Duration.ofDays(365));
    private static final String SIGNER_DN = "CN=Licence Officer,O=Export Licence Bureau,C=CN";
    private static final byte[] CONTENT = "licence EL-2025-000123 granted".getBytes(StandardCharsets.UTF_8);

    private static KeyPair authorityKeys;
    private static X509Certificate authority;
    private static KeyPair signerKeys;
    private static X509Certificate signerCertificate;

    @BeforeAll
    static void createAuthorityAndSigner() {
        authorityKeys = SmCrypto.generateKeyPair();
        authority = SmCrypto.selfSignedAuthority(
                authorityKeys,
                "CN=Seal Authority,O=Export Licence Bureau,C=CN",
                NOT_BEFORE,
                NOW.plus(Duration.ofDays(3650)));
        signerKeys = SmCrypto.generateKeyPair();
        signerCertificate = SmCrypto.issue(
                authority, authorityKeys.getPrivate(), SIGNER_DN, signerKeys.getPublic(), NOT_BEFORE, NOT_AFTER);
    }

    @Test
    void signatureRoundTripIsValidAndReportsSignerAndTime() {
        byte[] signature = SmCrypto.signDetached(CONTENT, signerKeys.getPrivate(), signerCertificate, NOW);

        SmCrypto.Verification result = SmCrypto.verifyDetached(CONTENT, signature, authority);

        assertTrue(result.valid(), result.reason());
        assertEquals(SIGNER_DN, result.signerSubject());
        assertEquals(NOW, result.signingTime());
        assertNull(result.reason());
    }

    @Test
    void oneChangedByteOfContentIsInvalid() {
        byte[] signature = SmCrypto.signDetached(CONTENT, signerKeys.getPrivate(), signerCertificate, NOW);
        byte[] tampered = CONTENT.clone();
        tampered[3] ^= 0x01;

        SmCrypto.Verification result = SmCrypto.verifyDetached(tampered, signature, authority);

        assertFalse(result.valid());
        assertEquals("content does not match the signature", result.reason());
    }

    @Test
    void signerCertifiedByAnotherAuthorityIsInvalid() {
        KeyPair rogueKeys = SmCrypto.generateKeyPair();
        X509Certificate rogueAuthority = SmCrypto.selfSignedAuthority(
                rogueKeys, "CN=Seal Authority,O=Export Licence Bureau,C=CN", NOT_BEFORE, NOT_AFTER);
        KeyPair impostorKeys = SmCrypto.generateKeyPair();
        X509Certificate impostor = SmCrypto.issue(
                rogueAuthority, rogueKeys.getPrivate(), SIGNER_DN, impostorKeys.getPublic(), NOT_BEFORE, NOT_AFTER);
        byte[] signature = SmCrypto.signDetached(CONTENT, impostorKeys.getPrivate(), impostor, NOW);

        SmCrypto.Verification result = SmCrypto.verifyDetached(CONTENT, signature, authority);

        assertFalse(result.valid());
        assertEquals("certificate not issued by the trusted authority", result.reason());
        assertTrue(
                SmCrypto.verifyDetached(CONTENT, signature, rogueAuthority).valid(),
                "the same signature must verify against its real issuer");
    }

    @Test
    void garbageSignatureIsInvalidWithoutThrowing() {
        byte[] garbage = "definitely not DER".getBytes(StandardCharsets.US_ASCII);

        SmCrypto.Verification result = SmCrypto.verifyDetached(CONTENT, garbage, authority);

        assertFalse(result.valid());
        assertEquals("malformed signature", result.reason());
        assertFalse(SmCrypto.verifyDetached(CONTENT, new byte[] {0x30, (byte) 0x82, 0x7f}, authority)
                .valid());
        assertFalse(SmCrypto.verifyDetached(null, null, null).valid());
        assertFalse(SmCrypto.verifyDetached(CONTENT, new byte[0], authority).valid());
    }

    @Test
    void certificateExpiredAtSigningTimeIsInvalid() {
        KeyPair keys = SmCrypto.generateKeyPair();
        X509Certificate expired = SmCrypto.issue(
                authority, authorityKeys.getPrivate(), SIGNER_DN, keys.getPublic(), NOT_BEFORE, NOW.minusSeconds(60));
        byte[] signature = SmCrypto.signDetached(CONTENT, keys.getPrivate(), expired, NOW);

        SmCrypto.Verification result = SmCrypto.verifyDetached(CONTENT, signature, authority);

        assertFalse(result.valid());
        assertEquals("certificate not valid at signing time", result.reason());
        assertEquals(NOW, result.signingTime());
    }

    @Test
    void certificatePemRoundTrip() throws Exception {
        String pem = SmCrypto.toPem(signerCertificate);

        X509Certificate parsed = SmCrypto.certificateFromPem(pem);

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        assertArrayEquals(signerCertificate.getEncoded(), parsed.getEncoded());
        assertEquals(signerCertificate.getPublicKey(), parsed.getPublicKey());
    }

    @Test
    void encryptedPrivateKeyPemRoundTripAndWrongPasswordRefused() {
        char[] password = "correct horse battery staple".toCharArray();

        String pem = SmCrypto.encryptPrivateKey(signerKeys.getPrivate(), password);
        PrivateKey decrypted = SmCrypto.decryptPrivateKey(pem, password);

        assertTrue(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assertArrayEquals(signerKeys.getPrivate().getEncoded(), decrypted.getEncoded());
        byte[] signature = SmCrypto.signDetached(CONTENT, decrypted, signerCertificate, NOW);
        assertTrue(SmCrypto.verifyDetached(CONTENT, signature, authority).valid());

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> SmCrypto.decryptPrivateKey(pem, "wrong password".toCharArray()));
        assertTrue(refused.getMessage().contains("wrong password"));
    }

    @Test
    void certificatesUseSm3WithSm2AndKeysLieOnSm2Curve() {
        assertEquals("1.2.156.10197.1.501", signerCertificate.getSigAlgOID());
        assertEquals("1.2.156.10197.1.501", authority.getSigAlgOID());
        assertEquals(GMObjectIdentifiers.sm2sign_with_sm3.getId(), signerCertificate.getSigAlgOID());

        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(
                signerCertificate.getPublicKey().getEncoded());
        assertEquals(X9ObjectIdentifiers.id_ecPublicKey, key.getAlgorithm().getAlgorithm());
        assertEquals(GMObjectIdentifiers.sm2p256v1, key.getAlgorithm().getParameters());
    }

    @Test
    void authorityIsCaAndSignerIsEndEntity() {
        assertEquals(Integer.MAX_VALUE, authority.getBasicConstraints());
        assertEquals(-1, signerCertificate.getBasicConstraints());
        assertTrue(authority.getCriticalExtensionOIDs().contains("2.5.29.15"));
        assertTrue(signerCertificate.getKeyUsage()[0], "digitalSignature");
        assertTrue(signerCertificate.getKeyUsage()[1], "nonRepudiation");
        assertNotNull(signerCertificate.getExtensionValue("2.5.29.35"), "authorityKeyIdentifier");
        assertNotNull(signerCertificate.getExtensionValue("2.5.29.14"), "subjectKeyIdentifier");
        assertTrue(signerCertificate.getSerialNumber().signum() > 0);
    }
}
