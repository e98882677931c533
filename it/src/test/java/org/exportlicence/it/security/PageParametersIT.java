package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.it.support.Deployments;
import org.exportlicence.it.support.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page parameter (the f:viewParam of each page) with garbage, signed in as the role the page
 * is for: the answer is the page with "not found" or a field message, never a server error, and no
 * garbage is echoed back as markup.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PageParametersIT {
    private static final List<String> GARBAGE = List.of(
            "x",
            "-1",
            "0",
            "1.5",
            "99999999999999999999",
            "2026-13-45",
            "'\"><script>alert(1)</script>",
            "中文",
            "%00",
            " ",
            "nope",
            "A".repeat(600));

    /** Page → its parameters, per role (the web.xml constraints decide who may open what). */
    private static final List<String> ENTERPRISE_PAGES = List.of(
            "application/entry.xhtml?number=",
            "application/entry.xhtml?copyOf=",
            "application/view.xhtml?number=",
            "application/print-list.xhtml?printed=",
            "returns/entry.xhtml?kind=",
            "returns/entry.xhtml?kind=deletion&id=",
            "returns/entry.xhtml?kind=nope&id=",
            "returns/entry.xhtml?kind=writeoff&id=",
            "returns/view.xhtml?id=",
            "returns/query.xhtml?kind=",
            "returns/manage.xhtml?kind=",
            "licence/view.xhtml?number=",
            "verify.xhtml?no=",
            "verify.xhtml?code=",
            "verify.xhtml?lang=",
            "login.xhtml?lang=",
            "login.xhtml?next=");

    private static final List<String> OFFICER_PAGES = List.of(
            "application/review.xhtml?number=",
            "application/review.xhtml?queue=",
            "application/review.xhtml?number=202600000001&queue=",
            "returns/review.xhtml?id=",
            "returns/review-queue.xhtml?kind=",
            "licence/view.xhtml?number=",
            "enterprise/registration.xhtml?id=");

    /** The back office's pages of one record, as the Tianjin quota officer opens them. */
    private static final List<String> QUOTA_OFFICER_PAGES = List.of(
            "quota/view.xhtml?id=",
            "quota/list.xhtml?year=",
            "enterprise/registration.xhtml?id=",
            "user/account.xhtml?id=");

    @ArquillianResource
    private URL base;

    private List<String> sweep(WebClient web, List<String> pages) throws Exception {
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            for (String value : GARBAGE) {
                String path = page + URLEncoder.encode(value, StandardCharsets.UTF_8);
                HttpResponse<String> answer = web.get(path);
                String body = answer.body();
                if (answer.statusCode() >= 500 || body.contains("系统错误") || body.contains("<script>alert(1)")) {
                    failures.add(answer.statusCode() + " " + path);
                } else if (answer.statusCode() != 200 && answer.statusCode() != 404) {
                    failures.add("unexpected " + answer.statusCode() + " " + path);
                }
            }
        }
        return failures;
    }

    @Test
    void enterprisePagesTakeGarbageParameters() throws Exception {
        WebClient web = new WebClient(Deployments.platform(base).toURI()).signIn("hualiang", "Demo@2026");
        List<String> failures = sweep(web, ENTERPRISE_PAGES);
        assertTrue(failures.isEmpty(), "server errors: " + failures);
    }

    @Test
    void officerPagesTakeGarbageParameters() throws Exception {
        WebClient web = new WebClient(Deployments.platform(base).toURI()).signIn("first-tj", "Demo@2026");
        List<String> failures = sweep(web, OFFICER_PAGES);
        assertTrue(failures.isEmpty(), "server errors: " + failures);
    }

    @Test
    void backOfficePagesTakeGarbageParameters() throws Exception {
        WebClient web = new WebClient(Deployments.platform(base).toURI()).signIn("quota-tj", "Demo@2026");
        List<String> failures = sweep(web, QUOTA_OFFICER_PAGES);
        assertTrue(failures.isEmpty(), "server errors: " + failures);
        web = new WebClient(Deployments.platform(base).toURI()).signIn("admin", "Demo@2026");
        failures = sweep(web, List.of("user/account.xhtml?id=", "quota/view.xhtml?id=", "quota/swap-review.xhtml?x="));
        assertTrue(failures.isEmpty(), "server errors: " + failures);
    }

    @Test
    void aGarbageIdIsNotFoundLikeAnUnknownOne() throws Exception {
        WebClient web = new WebClient(Deployments.platform(base).toURI()).signIn("hualiang", "Demo@2026");
        for (String path : List.of(
                "returns/entry.xhtml?kind=nope&id=x",
                "returns/entry.xhtml?kind=deletion&id=x",
                "returns/view.xhtml?id=x",
                "returns/view.xhtml?id=-5")) {
            HttpResponse<String> answer = web.get(path);
            assertTrue(
                    answer.statusCode() == 200 && answer.body().contains("您要找的内容不存在"),
                    path + ": " + answer.statusCode());
        }
    }
}
