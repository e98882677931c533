package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import org.exportlicence.it.support.Browser;
import org.exportlicence.it.support.BrowserTestCase;
import org.exportlicence.it.support.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 电子钥匙 in headless Chromium: the administrator issues a demo clerk an e-key on 用户管理 and downloads
 * it; a browser of the clerk's own, whose NSS database holds that key, opens the platform over HTTPS
 * (client authentication "want"): the login page shows the user name read from the key; a wrong
 * password is refused, the right one signs in; once revoked, the same key is refused with its reason.
 */
@RunAsClient
class EkeyUiIT extends BrowserTestCase {
    /** A demo clerk that no other browser test signs in as. */
    private static final String CLERK = "bohai";

    @Test
    void anAdministratorIssuesAnEkeyTheClerkSignsInWithItAndOnceRevokedItIsRefused() throws Exception {
        browser.signIn("admin", DEMO_PASSWORD);
        openAccount(CLERK);
        browser.type(By.id("ekeys:reason"), "新的电子钥匙");
        browser.click(By.id("ekeys:issue"));
        browser.waitForText(By.id("ekeys:messages"), "已签发电子钥匙");
        String password = browser.text(By.cssSelector("[id='ekeys:password'] .ui-message-warn-detail"))
                .strip();
        assertEquals(16, password.length(), password);
        browser.screenshot("ekey-issued");
        browser.click(By.id("ekeys:keys:0:download"));
        Path file = browser.waitForDownload("e-key-" + CLERK, ".p12");
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("ekeys:keys:0:state"), "有效");
        assertTrue(browser.find(By.id("ekeys:keys:0:download")).isEmpty(), "downloaded once, then gone");

        try (Browser clerk = Browser.withEkey(https(), caCertificate(), file, password)) {
            clerk.open("");
            WebElement username = clerk.driver().findElement(By.id("login:username"));
            assertEquals(CLERK, username.getAttribute("value"));
            assertNotNull(username.getAttribute("readonly"), "the user name read from the e-key is not editable");
            clerk.waitForText(By.id("login"), "已读取电子钥匙");
            clerk.screenshot("ekey-login");

            clerk.type(By.id("login:password"), "not-the-password");
            clerk.click(By.id("login:submit"));
            clerk.waitForText(By.id("login:messages"), "用户名或密码不正确。");

            clerk.type(By.id("login:password"), DEMO_PASSWORD);
            clerk.click(By.id("login:submit"));
            clerk.waitForTitle("首页");
            clerk.screenshot("ekey-signed-in");
        }

        browser.type(By.id("ekeys:reason"), "钥匙遗失");
        browser.click(By.id("ekeys:keys:0:revoke"));
        browser.waitForText(By.id("ekeys:keys:0:state"), "已吊销");

        try (Browser clerk = Browser.withEkey(https(), caCertificate(), file, password)) {
            clerk.open("");
            clerk.waitForText(By.id("login"), "此电子钥匙已被吊销");
            clerk.type(By.id("login:username"), CLERK);
            clerk.type(By.id("login:password"), DEMO_PASSWORD);
            clerk.click(By.id("login:submit"));
            clerk.waitForText(By.id("login:messages"), "此电子钥匙已被吊销，不能登录。");
        }
    }

    /**
     * 选择 CA: a clerk holding two valid e-keys and an expired one signs in with a valid one and is asked to
     * choose; the expired one is listed but cannot be chosen; the one chosen shows in the header.
     */
    @Test
    void aClerkWithTwoValidEkeysChoosesOneAfterSigningIn() throws Exception {
        String clerk = "zhongkuang";
        browser.signIn("admin", DEMO_PASSWORD);
        openAccount(clerk);
        // Last year's key, its validity typed into the panel's date fields.
        browser.retype(By.id("ekeys:validFrom_input"), "2025-01-01");
        browser.retype(By.id("ekeys:validTo_input"), "2025-12-31");
        issue("去年的钥匙");
        browser.waitForText(By.cssSelector("tbody[id='ekeys:keys_data'] > tr:first-child"), "2025-01-01 – 2025-12-31");
        browser.waitForText(By.id("ekeys:keys:0:state"), "已过期");
        issue("部门钥匙");
        issue("个人钥匙");
        String password = browser.text(By.cssSelector("[id='ekeys:password'] .ui-message-warn-detail"))
                .strip();
        browser.click(By.id("ekeys:keys:0:download"));
        Path file = browser.waitForDownload("e-key-" + clerk, ".p12");

        try (Browser user = Browser.withEkey(https(), caCertificate(), file, password)) {
            user.open("");
            user.waitForText(By.id("login"), "已读取电子钥匙");
            user.type(By.id("login:password"), DEMO_PASSWORD);
            user.click(By.id("login:submit"));
            user.waitForTitle("选择 CA");
            assertEquals(
                    3,
                    user.driver()
                            .findElements(By.cssSelector("tbody[id='choose:keys_data'] > tr"))
                            .size());
            user.waitForText(By.id("choose:keys:0:current"), "当前");
            user.waitForText(By.id("choose:keys:2:state"), "已过期");
            assertTrue(
                    !user.driver().findElement(By.id("choose:keys:2:choose")).isEnabled(),
                    "an expired e-key cannot be chosen");
            user.screenshot("choose-ca");
            String other = user.driver()
                    .findElement(By.cssSelector("tbody[id='choose:keys_data'] > tr:nth-child(2) > td:first-child"))
                    .getText()
                    .strip();
            user.click(By.id("choose:keys:1:choose"));
            user.waitForTitle("首页");
            user.waitForText(By.id("headerForm:chosen-ekey"), other.substring(other.length() - 8));
        }
    }

    private void openAccount(String username) {
        browser.menu("用户管理");
        browser.type(By.id("search:text"), username);
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", java.util.List.of(username));
        browser.click(By.id("list:table:0:open"));
        browser.waitForText(By.id("ekeys"), "签发电子钥匙");
    }

    /** 签发电子钥匙 with the validity the panel proposes (today for a year). */
    private void issue(String reason) {
        By shown = By.cssSelector("[id='ekeys:password'] .ui-message-warn-detail");
        String before = browser.find(shown).map(WebElement::getText).orElse("");
        browser.type(By.id("ekeys:reason"), reason);
        browser.click(By.id("ekeys:issue"));
        // Issued when a new one-time password shows (the message of an earlier issue reads alike).
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.find(shown)
                        .map(e -> !e.getText().isBlank() && !e.getText().equals(before))
                        .orElse(false));
    }

    /** Over HTTPS without an e-key, a role that does not need one signs in with its password as before. */
    @Test
    void withoutAnEkeyAPasswordSignsInOverHttps() throws Exception {
        try (Browser officer = Browser.withEkey(https(), caCertificate(), null, null)) {
            officer.signIn("first-qlb", DEMO_PASSWORD);
            officer.waitForTitle("首页");
        }
    }

    /** The same server's HTTPS listener: port base + 81 against HTTP's + 80. */
    private URL https() throws Exception {
        URL http = Deployments.platform(base);
        return new URL("https", http.getHost(), http.getPort() + 1, http.getPath());
    }

    /** The e-key CA of the test domain, which resources/server/payara.sh made. */
    private static Path caCertificate() {
        return Path.of(System.getProperty("it.domaindir"), System.getProperty("it.domain"), "config", "ekey", "ca.crt");
    }
}
