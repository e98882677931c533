package org.exportlicence.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** 审计校验 in the browser: the administrator verifies the chain; an officer has no such menu entry nor page. */
@RunAsClient
class AuditChainUiIT extends BrowserTestCase {
    @Test
    void theAdministratorVerifiesTheAuditChain() {
        browser.signIn("admin", DEMO_PASSWORD);
        browser.menu("审计校验");
        assertTrue(browser.text(By.id("chain")).contains("报告第一条被改动或缺失的事件"));
        browser.click(By.id("chain:verify"));
        browser.waitForText(By.id("chain:messages"), "审计链完整");
        // A whole chain's head is signed by the verification itself.
        assertEquals(browser.text(By.id("chain:head")), browser.text(By.id("chain:signed")));
        browser.screenshot("audit-chain");
    }

    @Test
    void anOfficerCannotOpenIt() {
        browser.signIn("first-tj", DEMO_PASSWORD);
        browser.waitForTitle("首页");
        assertTrue(browser.find(By.xpath("//a[normalize-space(.)='审计校验']")).isEmpty());
        browser.open("audit/chain.xhtml");
        browser.waitForText(By.tagName("body"), "您要找的内容不存在，或您无权查看。");
    }
}
