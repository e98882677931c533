package org.exportlicence.ekey;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.exportlicence.platform.Roles;

/**
 * The platform's e-key CA: issues users' e-keys (EC P-256 key, certificate for client authentication,
 * in a PKCS#12 file under a one-time password) and signs the CRL of the revoked ones. Its key and
 * certificate come from the PKCS#12 file named by the server property {@code elp.ekey.ca} (password
 * {@code elp.ekey.ca-password}, default the domain's master password {@code changeit}); the domain's
 * HTTPS listener trusts the same certificate for client authentication (resources/server/payara.sh
 * makes both). Without the property, e-keys cannot be issued or checked and password sign-in is all.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(Roles.ADMIN)
public class EkeyAuthority {
    static final String CA_PROPERTY = "elp.ekey.ca";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile Loaded loaded;

    /** A new e-key: its certificate, the PKCS#12 file and the password that opens it. */
    public record Issued(X509Certificate certificate, byte[] pkcs12, String password) {}

    private record Loaded(PrivateKey key, X509Certificate certificate) {}

    /** Whether this server has the CA (the property set and its file readable). */
    @PermitAll
    public boolean available() {
        return load() != null;
    }

    /** The CA's certificate; null when not {@link #available()}. Public by nature. */
    @PermitAll
    public X509Certificate certificate() {
        Loaded ca = load();
        return ca == null ? null : ca.certificate();
    }

    public Issued issue(X500Principal subject, Instant notBefore, Instant notAfter) {
        Loaded ca = required();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    ca.certificate().getSubjectX500Principal(),
                    new BigInteger(128, RANDOM).setBit(127),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(ca.certificate()))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate =
                    new JcaX509CertificateConverter().getCertificate(builder.build(signer(ca.key())));
            String password = password();
            KeyStore file = KeyStore.getInstance("PKCS12");
            file.load(null, null);
            file.setKeyEntry(
                    "e-key", keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate, ca.certificate()
                    });
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.store(bytes, password.toCharArray());
            return new Issued(certificate, bytes.toByteArray(), password);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("The e-key could not be issued", e);
        }
    }

    /** The CRL of the given revocations, valid for a day from {@code now}. Public by nature. */
    @PermitAll
    public X509CRL crl(List<Revocation> revoked, Instant now) {
        Loaded ca = required();
        try {
            X509v2CRLBuilder builder =
                    new JcaX509v2CRLBuilder(ca.certificate().getSubjectX500Principal(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
            for (Revocation revocation : revoked) {
                builder.addCRLEntry(revocation.serialNumber(), Date.from(revocation.at()), CRLReason.unspecified);
            }
            return new JcaX509CRLConverter().getCRL(builder.build(signer(ca.key())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The e-key CRL could not be signed", e);
        }
    }

    /** A revoked certificate: serial and when. */
    public record Revocation(BigInteger serialNumber, Instant at) {}

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE).build(key);
    }

    private static String password() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private Loaded required() {
        Loaded ca = load();
        if (ca == null) {
            throw new IllegalStateException("No e-key CA on this server: set the server property " + CA_PROPERTY);
        }
        return ca;
    }

    private Loaded load() {
        Loaded ca = loaded;
        if (ca != null) {
            return ca;
        }
        String file = System.getProperty(CA_PROPERTY);
        if (file == null || file.isBlank() || !Files.isReadable(Path.of(file))) {
            return null;
        }
        char[] password =
                System.getProperty(CA_PROPERTY + "-password", "changeit").toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
                String alias = aliases.nextElement();
                if (store.isKeyEntry(alias)) {
                    ca = new Loaded(
                            (PrivateKey) store.getKey(alias, password), (X509Certificate) store.getCertificate(alias));
                    loaded = ca;
                    return ca;
                }
            }
            throw new IllegalStateException("The e-key CA file " + file + " holds no key");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The e-key CA file " + file + " cannot be read", e);
        }
    }
}
