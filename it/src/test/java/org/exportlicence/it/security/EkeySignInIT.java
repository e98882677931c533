package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.EkeyAuthority;
import org.exportlicence.ekey.EkeyCheck;
import org.exportlicence.ekey.EkeyPolicy;
import org.exportlicence.ekey.IssuedEkey;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.seal.SealKeys;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 电子钥匙 sign-in over the test server's HTTPS listener (client authentication "want", the domain's
 * e-key CA as trust anchor), through the real login page: e-keys issued by the administrator, each
 * presented by a TLS client of its own, from a loopback address of the test's own (so no lock touches
 * 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class EkeySignInIT {
    private static final String REFUSED = "用户名或密码不正确。";

    @EJB
    private SignInFixtures fixtures;

    @EJB
    private EKeys ekeys;

    @EJB
    private EkeyAuthority authority;

    @EJB
    private AuditTrail audit;

    @EJB
    private SealKeys sealKeys;

    @EJB
    private AsAdministrator asAdministrator;

    @Inject
    private HttpServletRequest runner;

    private String user;
    private String net;

    @BeforeEach
    void aUserOfItsOwn() {
        user = "ek" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        net = "127." + ThreadLocalRandom.current().nextInt(2, 250) + ".";
        fixtures.createUsers(user);
    }

    @Test
    void theRightPasswordWithTheUsersEkeySignsInAsThatUserWhateverIsTyped() throws Exception {
        Ekey key = issue(user, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        SignInClient client = over(key, "1.1");

        SignInClient.Answer page = client.get("/login.xhtml", null);
        assertTrue(page.text().contains("已读取电子钥匙"), "the login page says the e-key was read");
        assertTrue(page.text().contains("value=\"" + user + "\""), "the user name read from the e-key is shown");

        SignInClient.Outcome in = client.signIn("someone-else", SignInFixtures.PASSWORD);
        assertTrue(in.signedIn(), () -> "refused: " + in.message());
        SignInClient.Answer home = client.get("/index.xhtml", in.session());
        assertEquals(200, home.status());
        // No user "someone-else" exists: signed in, it can only be as the e-key's user (the fixtures' name).
        assertTrue(home.text().contains("登录保护测试"), "signed in as the e-key's user");

        // What the user does is audited with the e-key: change the password in the signed-in session.
        SignInClient.Answer form = client.get("/user/password.xhtml", in.session());
        String newPassword = "Qz7#Ekey-Yard";
        SignInClient.Answer changedAnswer = client.post(
                "/user/password.xhtml",
                in.session(),
                "password=password&password%3AcurrentPassword=" + SignInClient.encode(SignInFixtures.PASSWORD)
                        + "&password%3AnewPassword=" + SignInClient.encode(newPassword)
                        + "&password%3Aconfirmation=" + SignInClient.encode(newPassword) + "&password%3Achange=&"
                        + form.formState(),
                false);
        AuditEvent changed = asAdministrator.call(() -> audit.history(AuditSubject.of("PlatformUser", user))).stream()
                .filter(e -> e.getAction().equals("PASSWORD_CHANGE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the password change was not audited: " + changedAnswer.text()));
        assertEquals(
                key.certificate().getSerialNumber(),
                new BigInteger(changed.getCertificate().split("@")[0], 16));
    }

    @Test
    void theSameEkeyWithAWrongPasswordIsRefusedAndCountsTowardsTheLock() throws Exception {
        Ekey key = issue(user, LocalDate.now(), LocalDate.now().plusYears(1));
        SignInClient client = over(key, "2.1");
        for (int i = 1; i <= 5; i++) {
            SignInClient.Outcome wrong = client.signIn(user, "guess-" + i);
            assertFalse(wrong.signedIn());
            assertEquals(REFUSED, wrong.message());
        }
        SignInClient.Outcome right = client.signIn(user, SignInFixtures.PASSWORD);
        assertFalse(right.signedIn(), "five failures with the e-key lock the account as without it");
        assertEquals(REFUSED, right.message());
    }

    @Test
    void aRevokedEkeyIsRefusedWithItsReasonAndIsOnThePublishedCrl() throws Exception {
        Ekey key = issue(user, LocalDate.now(), LocalDate.now().plusYears(1));
        asAdministrator.call(() -> {
            ekeys.revoke(key.issued().id(), "key lost");
            return null;
        });
        SignInClient client = over(key, "3.1");
        assertTrue(client.get("/login.xhtml", null).text().contains("此电子钥匙已被吊销"));
        SignInClient.Outcome revoked = client.signIn(user, SignInFixtures.PASSWORD);
        assertFalse(revoked.signedIn());
        assertEquals("此电子钥匙已被吊销，不能登录。请联系管理员。", revoked.message());

        HttpResponse<byte[]> published = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + runner.getLocalPort()
                                        + runner.getContextPath() + "/ekey/crl"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, published.statusCode());
        X509CRL crl = (X509CRL)
                CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(published.body()));
        crl.verify(authority.certificate().getPublicKey());
        assertNotNull(crl.getRevokedCertificate(key.certificate().getSerialNumber()));
        assertTrue(
                asAdministrator
                        .call(() -> audit.history(
                                AuditSubject.of("UserCertificate", key.issued().serialNumber())))
                        .stream()
                        .anyMatch(e -> e.getAction().equals("EKEY_REVOKE") && "key lost".equals(e.getReason())));
    }

    /**
     * An expired or not yet valid e-key never reaches the application over TLS (the listener's trust
     * check refuses the handshake, and browsers do not offer such a key); the platform's own check
     * refuses it too, for a certificate handed on by a proxy.
     */
    @Test
    void expiredAndNotYetValidEkeysAreRefused() throws Exception {
        Ekey expired =
                issue(user, LocalDate.now().minusYears(2), LocalDate.now().minusYears(1));
        Ekey early = issue(user, LocalDate.now().plusDays(10), LocalDate.now().plusYears(1));
        assertEquals(
                EkeyCheck.Status.EXPIRED, ekeys.check(expired.certificate()).status());
        assertEquals(
                EkeyCheck.Status.NOT_YET_VALID, ekeys.check(early.certificate()).status());
        for (Ekey key : List.of(expired, early)) {
            SignInClient client = over(key, "4.1");
            Throwable refused = assertThrows(Throwable.class, () -> client.signIn(user, SignInFixtures.PASSWORD));
            assertTrue(refused instanceof UncheckedIOException || refused instanceof AssertionError, refused::toString);
        }
    }

    @Test
    void anEkeyNamesItsUserAndACertificateOfAnotherCaIsUnknown() throws Exception {
        Ekey key = issue(user, LocalDate.now(), LocalDate.now().plusYears(1));
        assertEquals(EkeyCheck.Status.VALID, ekeys.check(key.certificate()).status());
        assertEquals(user, ekeys.check(key.certificate()).username());
        // A certificate of another CA (the platform's seal CA) is no e-key.
        assertEquals(
                EkeyCheck.Status.UNKNOWN,
                ekeys.check(sealKeys.authorityCertificate()).status());
    }

    @Test
    void whereTheRoleNeedsAnEkeyAPasswordAloneIsRefusedAndTheEkeySignsIn() throws Exception {
        Ekey key = issue(user, LocalDate.now(), LocalDate.now().plusYears(1));
        String before = System.getProperty(EkeyPolicy.REQUIRED_ROLES);
        System.setProperty(EkeyPolicy.REQUIRED_ROLES, "OFFICER_FIRST");
        try {
            SignInClient.Outcome password = over(null, "5.1").signIn(user, SignInFixtures.PASSWORD);
            assertFalse(password.signedIn());
            assertEquals("此账户须插入电子钥匙登录。", password.message());
            SignInClient.Outcome plain = new SignInClient(runner.getLocalPort(), runner.getContextPath(), net + "5.2")
                    .signIn(user, SignInFixtures.PASSWORD);
            assertFalse(plain.signedIn(), "nor over plain HTTP");
            assertTrue(over(key, "5.3").signIn(user, SignInFixtures.PASSWORD).signedIn());
        } finally {
            if (before == null) {
                System.clearProperty(EkeyPolicy.REQUIRED_ROLES);
            } else {
                System.setProperty(EkeyPolicy.REQUIRED_ROLES, before);
            }
        }
    }

    @Test
    void anEkeyIsDownloadedOnceAndOpensWithItsOneTimePassword() throws Exception {
        IssuedEkey issued = asAdministrator.call(
                () -> ekeys.issue(user, LocalDate.now(), LocalDate.now().plusYears(1), "new clerk"));
        byte[] file = asAdministrator.call(() -> ekeys.download(issued.id()));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file), issued.password().toCharArray());
        X509Certificate certificate =
                (X509Certificate) store.getCertificate(store.aliases().nextElement());
        assertEquals(new BigInteger(issued.serialNumber(), 16), certificate.getSerialNumber());
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=" + user));
        Exception again = assertThrows(Exception.class, () -> asAdministrator.call(() -> ekeys.download(issued.id())));
        assertTrue(String.valueOf(again).contains("ekey.downloaded") || again.getCause() != null, again::toString);
    }

    /** An e-key as its holder has it: the file, its password and its certificate. */
    private record Ekey(IssuedEkey issued, byte[] pkcs12, X509Certificate certificate) {}

    private Ekey issue(String username, LocalDate from, LocalDate to) throws Exception {
        IssuedEkey issued = asAdministrator.call(() -> ekeys.issue(username, from, to, "test"));
        byte[] file = asAdministrator.call(() -> ekeys.download(issued.id()));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file), issued.password().toCharArray());
        return new Ekey(issued, file, (X509Certificate)
                store.getCertificate(store.aliases().nextElement()));
    }

    /** A TLS client trusting the e-key CA and presenting {@code key} (none when null). */
    private SignInClient over(Ekey key, String address) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", authority.certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (key == null) {
            keys.init(null, null);
        } else {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(
                    new ByteArrayInputStream(key.pkcs12()),
                    key.issued().password().toCharArray());
            keys.init(store, key.issued().password().toCharArray());
        }
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        // The HTTPS listener is the HTTP one's neighbour: port base + 81 against + 80.
        return new SignInClient(runner.getLocalPort() + 1, runner.getContextPath(), net + address, tls);
    }
}
