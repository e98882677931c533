package org.exportlicence.it.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.it.support.Deployments;
import org.exportlicence.it.support.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 企业登记's pages over HTTP with the demo data: an officer's list shows the enterprises of their
 * authority only, the registration page of one opens with its departments and history, and the same
 * address is "not found" for another authority's officer; an enterprise clerk is refused the pages.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EnterpriseRegistryPagesIT {
    private static final String GRAIN = "天津华粮进出口有限公司";

    @ArquillianResource
    private URL base;

    private WebClient signedIn(String user) throws Exception {
        return new WebClient(Deployments.platform(base).toURI()).signIn(user, "Demo@2026");
    }

    @Test
    void anOfficerOpensTheirAuthoritysEnterpriseAndAnotherAuthoritysOfficerDoesNot() throws Exception {
        HttpResponse<String> list = signedIn("first-tj").get("enterprise/registry.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(GRAIN), "the Tianjin officer's list shows 华粮");
        Matcher link = Pattern.compile("registration\\.xhtml\\?id=(\\d+)[^>]*>1201000000001<")
                .matcher(list.body());
        assertTrue(link.find(), "a link to 华粮's registration page");
        String page = "enterprise/registration.xhtml?id=" + link.group(1);

        HttpResponse<String> registration = signedIn("first-tj").get(page);
        assertEquals(200, registration.statusCode());
        String body = registration.body();
        assertTrue(body.contains("1201000000001") && body.contains("91120116MA05K8XQ1"), "its codes");
        assertTrue(body.contains("处理记录"), "its history");
        assertFalse(body.contains("系统错误"), body);

        HttpResponse<String> elsewhere = signedIn("first-qlb").get(page);
        assertTrue(elsewhere.body().contains("您要找的内容不存在"), "not found for another authority");
        assertFalse(elsewhere.body().contains("91120116MA05K8XQ1"));
        assertFalse(
                signedIn("first-qlb").get("enterprise/registry.xhtml").body().contains(GRAIN));

        HttpResponse<String> empty = signedIn("admin").get("enterprise/registration.xhtml");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("id=\"registration:enterpriseCode\""), "an empty registration form");
    }

    /**
     * 登记企业 through the page, as its Ajax save posts it: the officer's authority is fixed (no
     * choice is posted), the answer sends to the new enterprise's page, which shows its history.
     */
    @Test
    void anOfficerRegistersAnEnterpriseOnThePage() throws Exception {
        WebClient officer = signedIn("first-tj");
        HttpResponse<String> empty = officer.get("enterprise/registration.xhtml");
        String code = "P" + Long.toString(System.nanoTime() % 1_000_000_000_000L, 10);
        code = (code + "000000000000").substring(0, 13);
        String first17 = "9112011" + code.substring(3, 13);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "registration:save");
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", "registration");
        fields.put("registration:save", "registration:save");
        fields.put("registration", "registration");
        fields.put("registration:enterpriseCode", code);
        fields.put("registration:nameZh", "页面登记测试" + code);
        fields.put("registration:uscc", first17 + Uscc.checkCharacter(first17));
        fields.put("registration:postalCode", "300450");
        fields.put("registration:departments", "出口部\n财务部");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(empty.body()));
        HttpResponse<String> saved = officer.post("enterprise/registration.xhtml", fields, true);
        Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*registration\\.xhtml\\?id=(\\d+)")
                .matcher(saved.body());
        assertTrue(redirect.find(), saved.body());
        HttpResponse<String> page = officer.get("enterprise/registration.xhtml?id=" + redirect.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("页面登记测试" + code), "its name");
        assertTrue(page.body().contains("enterpriseCode=" + code), "its history: the registration, as recorded");
        assertTrue(page.body().contains("财务部"), "its departments");
    }

    @Test
    void anEnterpriseClerkIsRefusedThePages() throws Exception {
        WebClient clerk = signedIn("hualiang");
        for (String page : new String[] {"enterprise/registry.xhtml", "enterprise/registration.xhtml?id=1000"}) {
            HttpResponse<String> answer = clerk.get(page);
            assertFalse(answer.body().contains("91120116MA05K8XQ1"), page);
            assertTrue(
                    answer.statusCode() == 403
                            || answer.statusCode() == 404
                            || answer.body().contains("您要找的内容不存在"),
                    page + ": " + answer.statusCode());
        }
    }
}
