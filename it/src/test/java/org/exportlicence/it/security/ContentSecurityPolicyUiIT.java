package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages work under the Content-Security-Policy: PrimeFaces' widgets, Mojarra's scripts and the
 * platform's own script run, and the browser refuses nothing on the way (sign-in, 录入申请 step 1
 * with its autocompletes, step 2 and its tabs, a list with paging).
 */
@RunAsClient
class ContentSecurityPolicyUiIT extends BrowserTestCase {

    private final List<String> console = new ArrayList<>();

    private void collect() {
        console.addAll(browser.consoleMessages());
    }

    @Test
    void applicationEntryRunsWithoutAnyRefusedScript() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.text(By.id("page-title"));
        collect();

        browser.menu("录入申请");
        browser.autoComplete("entry:commodity", "10063020", "10063020");
        browser.autoComplete("entry:port", "0200", "天津");
        collect();
        browser.click(By.id("entry:next"));
        browser.waitForText(By.id("entry:exporterName"), "天津华粮进出口有限公司");

        // The tabs are bound by the platform's script (no inline onclick): switching must still work.
        browser.click(By.cssSelector("a[data-show-tab='contract']"));
        assertTrue(browser.find(By.id("panel-form"))
                .orElseThrow()
                .getAttribute("class")
                .contains("ui-helper-hidden"));
        assertEquals(
                "contract", browser.find(By.id("entry:activeTab")).orElseThrow().getAttribute("value"));
        browser.click(By.cssSelector("a[data-show-tab='form']"));
        browser.selectOne("entry:tradeModeId", "一般贸易");
        collect();

        browser.menu("上报申请");
        collect();

        List<String> refused = console.stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertTrue(refused.isEmpty(), "refused by the CSP: " + refused);
    }
}
