package org.exportlicence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.exportlicence.it.security.SignInClient;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with the e-key through the balancer (bin/platform cluster test): HAProxy passes TLS through on
 * 127.0.0.1:20443, so the instance sees the client certificate itself (one e-key CA for the cluster). The demo
 * clerk's e-key (the cluster issues the demo users' keys when it loads the demo data) signs in as its user
 * whatever name is typed, and the key does not let a wrong password in.
 */
class EkeyThroughBalancerClusterCheck {
    private static final int BALANCER_HTTPS = 20443;

    @Test
    void theDemoClerksEkeySignsInThroughTheBalancer() throws Exception {
        Path dir = Path.of(System.getProperty("cluster.dir"));
        Path demo = demoEkeys(dir);
        String password = Files.readAllLines(demo.resolve("passwords.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("hualiang\t"))
                .map(line -> line.substring("hualiang\t".length()))
                .findFirst()
                .orElseThrow();
        SSLContext withKey = tls(dir.resolve("ekey/ca.crt"), demo.resolve("hualiang.p12"), password);

        // The key's user, whatever was typed (with the key's user's password).
        SignInClient.Outcome signedIn = new SignInClient(BALANCER_HTTPS, "/licence", "127.0.0.1", withKey)
                .signIn("zhongneng", Cluster.DEMO_PASSWORD);
        assertTrue(signedIn.signedIn(), "signed in with the e-key: " + signedIn.message());
        String home = new SignInClient(BALANCER_HTTPS, "/licence", "127.0.0.1", withKey)
                .get("/index.xhtml", signedIn.session())
                .text();
        assertTrue(home.contains("天津华粮进出口有限公司"), "the e-key's user, 华粮's clerk");
        assertFalse(home.contains("北京中能煤炭贸易有限公司"), "not the typed user");

        SignInClient.Outcome wrong =
                new SignInClient(BALANCER_HTTPS, "/licence", "127.0.0.1", withKey).signIn("hualiang", "wrong-password");
        assertFalse(wrong.signedIn());
        assertEquals("用户名或密码不正确。", wrong.message());
    }

    /** The folder the instance that loaded the demo data wrote the demo users' e-keys to. */
    private static Path demoEkeys(Path dir) throws Exception {
        try (Stream<Path> instances = Files.list(dir.resolve("nodes/elp-node"))) {
            List<Path> found = instances
                    .map(i -> i.resolve("config/ekey/demo"))
                    .filter(d -> Files.exists(d.resolve("passwords.txt")))
                    .toList();
            assertEquals(1, found.size(), "one instance loaded the demo data and wrote the e-keys: " + found);
            return found.get(0);
        }
    }

    private static SSLContext tls(Path caCertificate, Path pkcs12, String password) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caCertificate)) {
            trusted.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        KeyStore key = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            key.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(key, password.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return tls;
    }
}
