package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.exportlicence.it.support.Deployments;
import org.exportlicence.it.support.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the real server shows of itself and how it answers what the platform does not offer: no
 * product name or version anywhere, the platform's own pages for unknown addresses and refused
 * methods, the security headers and cookie attributes, and a forged post that is refused, not a 500.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ServerExposureIT {
    private static final List<String> PRODUCT = List.of("Payara", "GlassFish", "Grizzly", "Mojarra");

    @ArquillianResource
    private URL base;

    private WebClient web;
    private URI root;

    @BeforeEach
    void client() throws Exception {
        web = new WebClient(Deployments.platform(base).toURI());
        root = base.toURI().resolve("/");
    }

    private static void assertNoProduct(HttpResponse<String> response) {
        assertTrue(
                response.headers().firstValue("Server").isEmpty(),
                "Server header: " + response.headers().map());
        assertTrue(
                response.headers().firstValue("X-Powered-By").isEmpty(),
                "X-Powered-By: " + response.headers().map());
        for (String name : PRODUCT) {
            assertFalse(response.body().contains(name), name + " named in " + response.uri() + ": " + response.body());
        }
    }

    @Test
    void aPageCarriesTheSecurityHeadersAndAStrictSessionCookie() throws Exception {
        HttpResponse<String> login = web.get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertNoProduct(login);
        String csp = login.headers().allValues("Content-Security-Policy").toString();
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), csp);
        assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
        assertTrue(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'"), csp);
        String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(login.headers().allValues("X-Frame-Options").isEmpty());
        login.headers().allValues("X-Frame-Options").forEach(v -> assertEquals("SAMEORIGIN", v));
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void theServerRootLeadsToThePlatform() throws Exception {
        HttpResponse<String> answer = web.send("GET", root);
        assertEquals(302, answer.statusCode());
        assertEquals(
                base.toURI().resolve("/licence/"),
                root.resolve(answer.headers().firstValue("Location").orElseThrow()));
        assertNoProduct(answer);
    }

    @Test
    void unknownAddressesGetThePlatformsNotFoundPage() throws Exception {
        for (URI uri : List.of(
                root.resolve("/nope"),
                root.resolve("/index.html"),
                root.resolve("/x.jsp"),
                root.resolve("/login.xhtml"),
                root.resolve("/licence/nope"))) {
            HttpResponse<String> answer = web.send("GET", uri);
            assertEquals(404, answer.statusCode(), uri.toString());
            assertTrue(answer.body().contains("页面不存在"), uri + ": " + answer.body());
            assertNoProduct(answer);
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(""),
                    uri.toString());
        }
        // Forbidden looks exactly like missing.
        HttpResponse<String> forbidden = web.send("GET", root.resolve("/licence/WEB-INF/web.xml"));
        assertTrue(
                forbidden.statusCode() == 403 || forbidden.statusCode() == 404, "WEB-INF: " + forbidden.statusCode());
        assertTrue(forbidden.body().contains("页面不存在"), forbidden.body());
        assertNoProduct(forbidden);
        // A page address is protected: signed in, an unknown one is "not found" too.
        web.signIn("hualiang", "Demo@2026");
        HttpResponse<String> unknownPage = web.get("nope.xhtml");
        assertEquals(404, unknownPage.statusCode());
        assertTrue(unknownPage.body().contains("页面不存在"), unknownPage.body());
        assertNoProduct(unknownPage);
    }

    @Test
    void methodsThePlatformDoesNotUseAreRefused() throws Exception {
        for (String method : List.of("PROPFIND", "TRACE", "OPTIONS", "PUT", "DELETE", "PATCH")) {
            for (URI uri : List.of(
                    root,
                    root.resolve("/nope"),
                    root.resolve("/licence/login.xhtml"),
                    root.resolve("/licence/jakarta.faces.resource/js/elp.js.xhtml"))) {
                HttpResponse<String> answer = web.send(method, uri);
                assertTrue(
                        answer.statusCode() == 405 || answer.statusCode() == 403,
                        method + " " + uri + ": " + answer.statusCode());
                assertNoProduct(answer);
            }
        }
    }

    @Test
    void serverEndpointsAreNoServerErrorAndHealthStays() throws Exception {
        for (String path : List.of("/metrics", "/metrics/vendor", "/openapi")) {
            HttpResponse<String> answer = web.send("GET", root.resolve(path));
            assertTrue(
                    answer.statusCode() == 404 || answer.statusCode() == 403 || answer.statusCode() == 401,
                    path + ": " + answer.statusCode());
            assertNoProduct(answer);
        }
        assertEquals(200, web.send("GET", root.resolve("/health")).statusCode());
        assertEquals(200, web.send("GET", root.resolve("/health/ready")).statusCode());
    }

    @Test
    void aForgedOrMissingViewStateIsRefusedNotAServerError() throws Exception {
        assertSentToExpiredPage(web.post(
                "login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:username",
                        "hualiang",
                        "login:password",
                        "x",
                        "jakarta.faces.ViewState",
                        "-4711:0815")));

        web.signIn("hualiang", "Demo@2026");
        String page = web.get("application/submit-list.xhtml").body();
        assertTrue(page.contains("jakarta.faces.ViewState"));
        assertSentToExpiredPage(web.post(
                "application/submit-list.xhtml",
                Map.of("list", "list", "jakarta.faces.ViewState", "1234567890:-987654321")));

        HttpResponse<String> forgedAjax = web.post(
                "application/submit-list.xhtml",
                Map.of(
                        "list",
                        "list",
                        "jakarta.faces.partial.ajax",
                        "true",
                        "jakarta.faces.source",
                        "list:table",
                        "jakarta.faces.ViewState",
                        "1234567890:-987654321"),
                true);
        assertEquals(200, forgedAjax.statusCode());
        assertTrue(forgedAjax.body().contains("<redirect url=\"/licence/error/expired.xhtml\""), forgedAjax.body());

        HttpResponse<String> missing = web.post("application/submit-list.xhtml", Map.of("list", "list"));
        assertTrue(missing.statusCode() < 500, "missing view state: " + missing.statusCode());
        assertFalse(missing.body().contains("系统错误"), missing.body());
    }

    private void assertSentToExpiredPage(HttpResponse<String> answer) throws Exception {
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/licence/error/expired.xhtml"), location);
        HttpResponse<String> expired = web.send("GET", root.resolve(location));
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("页面已过期"), expired.body());
        assertNoProduct(expired);
    }
}
