package org.exportlicence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.exportlicence.it.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A clerk's session outlives its instance (bin/platform cluster test): signed in through the balancer, the
 * clerk is half-way through 录入申请 (step 1 sent, the form of step 2 partly filled in) when the instance
 * that served them is killed with {@code kill -9}. The next click goes to the other instance, which finds
 * the session — the same user, step 1's choices, the page's state — in the data grid, and the application
 * is saved and sealed as typed.
 */
@ExtendWith(Browser.ScreenshotOnFailure.class)
class SessionFailoverClusterCheck implements Browser.BrowserTest {
    private Browser browser;
    private String killed;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Cluster.platform());
    }

    @AfterEach
    void closeBrowserAndRestart() {
        browser.close();
        if (killed != null) {
            Cluster.script("start", killed);
        }
    }

    @Test
    void aSignedInClerkCarriesOnWhenTheirInstanceIsKilled() throws Exception {
        browser.signIn("hualiang", Cluster.DEMO_PASSWORD);
        browser.menu("录入申请");
        browser.autoComplete("entry:commodity", "10063020", "10063020");
        browser.autoComplete("entry:port", "0200", "天津");
        browser.click(By.id("entry:next"));
        browser.waitForText(By.id("entry:exporterName"), "天津华粮进出口有限公司");

        String contract = "CL" + System.currentTimeMillis(); // 15 characters of the 17 allowed
        browser.selectOne("entry:tradeModeId", "一般贸易");
        browser.type(By.id("entry:contractNo"), contract);
        browser.selectOne("entry:countryCode", "日本");
        browser.selectOne("entry:paymentMethodCode", "信用证");

        // The instance the balancer keeps this session on (its sticky cookie) dies, a moment after the
        // clerk's last request: the session is written to the data grid as a request ends, so a crash within
        // those milliseconds may lose that last request's step (the form's fields are sent again anyway).
        Thread.sleep(1000);
        killed = instanceOfSession();
        Cluster.script("kill", killed);

        browser.selectOne("entry:transportModeId", "海上运输");
        browser.type(By.id("entry:specification"), "一级");
        browser.type(By.id("entry:quantity_input"), "1200");
        browser.type(By.id("entry:unitPrice_input"), "0.62");
        browser.selectOne("entry:currencyCode", "USD");
        browser.type(By.id("entry:quotaDocumentNo"), "2026-DM-TJ-0001");
        browser.click(By.id("entry:saveAndSeal"));
        browser.waitForText(By.id("entry:messages"), "加盖签章成功");
        String number = browser.text(By.id("application-number"));

        String now = instanceOfSession();
        assertNotEquals(killed, now, "the balancer moved the session to the other instance");
        assertTrue(browser.text(By.id("entry:exporterName")).contains("天津华粮进出口有限公司"));

        // Saved once, by the same clerk, with what was chosen before the instance died and typed after.
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement(
                        "select application_no, created_by, commodity_code, port_code, specification"
                                + " from application where contract_no = ?")) {
            query.setString(1, contract);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the application is saved");
                assertEquals(number, row.getString(1));
                assertEquals("hualiang", row.getString(2));
                assertTrue(row.getString(3).startsWith("10063020"), row.getString(3)); // the 10-digit code
                assertEquals("0200", row.getString(4));
                assertEquals("一级", row.getString(5));
                assertTrue(!row.next(), "saved once");
            }
        }
    }

    private String instanceOfSession() {
        Cookie cookie = browser.driver().manage().getCookieNamed("ELPNODE");
        assertNotNull(cookie, "the balancer's cookie");
        assertTrue(Arrays.asList(Cluster.INSTANCES).contains(cookie.getValue()), cookie.getValue());
        return cookie.getValue();
    }
}
