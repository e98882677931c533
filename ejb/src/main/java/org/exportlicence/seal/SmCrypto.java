package org.exportlicence.seal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * SM2/SM3 (GM/T 0003, 0004) primitives for electronic seals and licence signatures, on Bouncy Castle.
 *
 * <p>The one class of the project allowed past 250 lines: it keeps every Bouncy Castle call in one
 * place, so the rest of the code sees four concerns and no provider. They stand in this order:
 * <ol>
 *   <li><b>Test CA</b> — {@link #generateKeyPair}, {@link #selfSignedAuthority}, {@link #issue}: the
 *       project's own certificate authority and the certificates it issues to enterprises' seals and
 *       authorities' signing keys (a production CA replaces it; the formats stay).</li>
 *   <li><b>CMS signatures</b> — {@link #signDetached}, {@link #verifyDetached}: detached SM3withSM2
 *       signatures over a canonical form, verified against the trusted authority, never throwing on
 *       bad input.</li>
 *   <li><b>Key and certificate encoding</b> — {@link #toPem}, {@link #certificateFromPem},
 *       {@link #encryptPrivateKey}, {@link #decryptPrivateKey}: PEM, and PKCS#8 keys encrypted with
 *       PBKDF2/AES-256 for the key store.</li>
 *   <li><b>Helpers</b> (private, at the end) — names, serials, extensions, digests, PEM reading.</li>
 * </ol>
 */
public final class SmCrypto {

    /** Outcome of {@link #verifyDetached}; {@code reason} is null when valid. */
    public record Verification(boolean valid, String signerSubject, Instant signingTime, String reason) {

        static Verification ok(String signerSubject, Instant signingTime) {
            return new Verification(true, signerSubject, signingTime, null);
        }

        static Verification invalid(String reason) {
            return new Verification(false, null, null, reason);
        }

        static Verification invalid(String signerSubject, Instant signingTime, String reason) {
            return new Verification(false, signerSubject, signingTime, reason);
        }
    }

    public static final String SIGNATURE_ALGORITHM = "SM3withSM2";
    public static final String CURVE = "sm2p256v1";

    /*
     * Kept private and passed explicitly: inside an application server a global
     * Security.addProvider would leak into other deployments and pin this class loader.
     */
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private static final SecureRandom RANDOM = new SecureRandom();

    /* OWASP's 2023 figure for PBKDF2-HMAC-SHA256; keys are decrypted rarely (start-up), so the cost is affordable. */
    private static final int PBKDF2_ITERATIONS = 600_000;

    private SmCrypto() {}

    // ---- 1. Test CA: key pairs, the authority's self-signed certificate, certificates it issues ----

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 key generation unavailable", e);
        }
    }

    public static X509Certificate selfSignedAuthority(
            KeyPair keys, String subjectDn, Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(subjectDn, "subjectDn");
        checkValidity(notBefore, notAfter);
        try {
            X500Principal subject = distinguishedName(subjectDn);
            JcaX509ExtensionUtils extensions = extensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            subject,
                            randomSerial(),
                            Date.from(notBefore),
                            Date.from(notAfter),
                            subject,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate());
        } catch (IOException e) {
            throw new IllegalStateException("cannot build authority certificate", e);
        }
    }

    public static X509Certificate issue(
            X509Certificate authority,
            PrivateKey authorityKey,
            String subjectDn,
            PublicKey subjectKey,
            Instant notBefore,
            Instant notAfter) {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(authorityKey, "authorityKey");
        Objects.requireNonNull(subjectDn, "subjectDn");
        Objects.requireNonNull(subjectKey, "subjectKey");
        checkValidity(notBefore, notAfter);
        try {
            JcaX509ExtensionUtils extensions = extensionUtils();
            /* Issuer taken from the authority certificate itself so its DER encoding matches byte for byte. */
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            authority,
                            randomSerial(),
                            Date.from(notBefore),
                            Date.from(notAfter),
                            distinguishedName(subjectDn),
                            subjectKey)
                    .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(
                            Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(authority, extensions))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            return sign(builder, authorityKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot build end-entity certificate", e);
        }
    }

    // ---- 2. CMS signatures: detached SM3withSM2 over a canonical form, and their verification ----

    public static byte[] signDetached(
            byte[] content, PrivateKey key, X509Certificate certificate, Instant signingTime) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signingTime, "signingTime");
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .setProvider(PROVIDER)
                    .build(key);
            /* Supplying signingTime up front stops the default generator from stamping the wall clock. */
            Attribute time = new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime))));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(time);

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digestCalculators())
                    .setSignedAttributeGenerator(
                            new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("cannot create CMS signature", e);
        }
    }

    /** Never throws: every defect in the input is reported as an invalid result. */
    public static Verification verifyDetached(byte[] content, byte[] signature, X509Certificate trustedAuthority) {
        if (content == null) {
            return Verification.invalid("content missing");
        }
        if (signature == null || signature.length == 0) {
            return Verification.invalid("signature missing");
        }
        if (trustedAuthority == null) {
            return Verification.invalid("trusted authority missing");
        }
        try {
            return verify(content, signature, trustedAuthority);
        } catch (Exception e) {
            /* BC reports unparseable ASN.1 through a mix of checked and runtime exceptions. */
            return Verification.invalid("malformed signature");
        }
    }

    private static Verification verify(byte[] content, byte[] signature, X509Certificate trustedAuthority)
            throws CMSException, OperatorCreationException, CertificateException, IOException {
        // Read one DER object: a PDF signature's /Contents is the CMS padded with zero bytes.
        org.bouncycastle.asn1.cms.ContentInfo info;
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature)) {
            info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
        CMSSignedData signedData = new CMSSignedData(new CMSProcessableByteArray(content), info);
        SignerInformationStore signers = signedData.getSignerInfos();
        if (signers.size() != 1) {
            return Verification.invalid("expected exactly one signer, found " + signers.size());
        }
        SignerInformation signer = signers.getSigners().iterator().next();

        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return Verification.invalid("signer certificate not included");
        }
        X509CertificateHolder certificate = matches.iterator().next();
        String subject = new X500Principal(certificate.getSubject().getEncoded()).getName(X500Principal.RFC2253);

        if (!issuedBy(certificate, trustedAuthority)) {
            return Verification.invalid(subject, null, "certificate not issued by the trusted authority");
        }

        Instant signingTime = signingTime(signer);
        if (signingTime == null) {
            return Verification.invalid(subject, null, "signing time missing");
        }
        if (!certificate.isValidOn(Date.from(signingTime))) {
            return Verification.invalid(subject, signingTime, "certificate not valid at signing time");
        }

        boolean verified;
        try {
            verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(PROVIDER)
                    .build(certificate));
        } catch (CMSSignerDigestMismatchException e) {
            return Verification.invalid(subject, signingTime, "content does not match the signature");
        }
        if (!verified) {
            return Verification.invalid(subject, signingTime, "signature does not verify");
        }
        return Verification.ok(subject, signingTime);
    }

    private static boolean issuedBy(X509CertificateHolder certificate, X509Certificate authority) {
        try {
            X509CertificateHolder authorityHolder = new JcaX509CertificateHolder(authority);
            return certificate.getIssuer().equals(authorityHolder.getSubject())
                    && certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                            .setProvider(PROVIDER)
                            .build(authority.getPublicKey()));
        } catch (Exception e) {
            /* An unusable key or algorithm mismatch means this authority cannot have issued it. */
            return false;
        }
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null) {
            return null;
        }
        Attribute attribute = signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getDate()
                .toInstant();
    }

    // ---- 3. Key and certificate encoding: PEM, encrypted PKCS#8 ----

    public static String toPem(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        try {
            return pem(new PemObject("CERTIFICATE", certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode certificate", e);
        }
    }

    public static X509Certificate certificateFromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        Object parsed = readPem(pem);
        if (!(parsed instanceof X509CertificateHolder holder)) {
            throw new IllegalArgumentException("PEM does not contain a certificate");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificate cannot be decoded", e);
        }
    }

    public static String encryptPrivateKey(PrivateKey key, char[] password) {
        Objects.requireNonNull(key, "key");
        requirePassword(password);
        try {
            JceOpenSSLPKCS8EncryptorBuilder encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setProvider(PROVIDER)
                    .setRandom(RANDOM)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(PBKDF2_ITERATIONS)
                    .setPassword(password);
            return pem(new JcaPKCS8Generator(key, encryptor.build()).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot encrypt private key", e);
        }
    }

    public static PrivateKey decryptPrivateKey(String pem, char[] password) {
        Objects.requireNonNull(pem, "pem");
        requirePassword(password);
        Object parsed = readPem(pem);
        if (!(parsed instanceof PKCS8EncryptedPrivateKeyInfo encrypted)) {
            throw new IllegalArgumentException("PEM does not contain an ENCRYPTED PRIVATE KEY");
        }
        PrivateKeyInfo info;
        try {
            info = encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(PROVIDER)
                    .build(password));
        } catch (Exception e) {
            /*
             * A wrong password usually breaks the CBC padding, but about 1 in 256 yields valid
             * padding and then fails while parsing the garbage, so both paths mean the same.
             */
            throw new IllegalArgumentException("wrong password or corrupted private key", e);
        }
        try {
            return new JcaPEMKeyConverter().setProvider(PROVIDER).getPrivateKey(info);
        } catch (Exception e) {
            throw new IllegalArgumentException("wrong password or corrupted private key", e);
        }
    }

    // ---- 4. Helpers ----

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
    }

    private static void checkValidity(Instant notBefore, Instant notAfter) {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
    }

    /*
     * BC's X500Name(String) keeps the written order as DER order, whereas RFC 4514 strings list the
     * most specific RDN first; parsing through the JDK makes getName() give back what the caller wrote.
     */
    private static X500Principal distinguishedName(String dn) {
        return new X500Principal(dn);
    }

    private static BigInteger randomSerial() {
        BigInteger serial;
        do {
            serial = new BigInteger(128, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .setProvider(PROVIDER)
                    .build(key);
            /* The JDK's own CertificateFactory cannot expose SM2 public keys, hence the BC converter. */
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(builder.build(signer));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot sign certificate", e);
        }
    }

    private static AuthorityKeyIdentifier authorityKeyIdentifier(
            X509Certificate authority, JcaX509ExtensionUtils extensions) throws IOException {
        /* Reuse the authority's own SKI so path builders can match it whatever method produced it. */
        byte[] ski = authority.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ski != null) {
            return new AuthorityKeyIdentifier(
                    ASN1OctetString.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ski))
                            .getOctets());
        }
        return extensions.createAuthorityKeyIdentifier(authority.getPublicKey());
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            /* RFC 5280 method 1 (SHA-1 of the key) for interoperability; the no-arg constructor would use the global providers. */
            DigestCalculator sha1 = digestCalculators().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1));
            return new JcaX509ExtensionUtils(sha1);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("SHA-1 unavailable for key identifiers", e);
        }
    }

    private static DigestCalculatorProvider digestCalculators() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build();
    }

    private static Object readPem(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed PEM", e);
        }
    }

    private static String pem(PemObject object) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return out.toString();
    }
}
