package org.exportlicence.it.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exportlicence.it.support.Browser;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 申请出口许可证 as a clerk does it: 录入申请 in two steps, 保存并盖章, find it in 上报申请, 上报,
 * see it 待初审 in 待审申请 and ask for its withdrawal.
 */
@RunAsClient
public class ApplicationUiIT extends BrowserTestCase {

    /** 录入申请 step 1 and 2 and 保存并盖章 as the demo clerk; returns the new application number. */
    public static String enterRiceApplication(Browser browser) {
        browser.menu("录入申请");

        // Step 1: the pre-entry items.
        browser.autoComplete("entry:commodity", "10063020", "10063020");
        browser.autoComplete("entry:port", "0200", "天津");
        browser.click(By.id("entry:next"));

        // Step 2: the form, with the enterprise's own data already in it.
        browser.waitForText(By.id("entry:exporterName"), "天津华粮进出口有限公司");
        assertTrue(browser.text(By.id("entry:commodityName")).contains("长粒米精米"));
        browser.selectOne("entry:tradeModeId", "一般贸易");
        browser.type(By.id("entry:contractNo"), "HL2026-JP-0088");
        browser.selectOne("entry:countryCode", "日本");
        browser.selectOne("entry:paymentMethodCode", "信用证");
        browser.selectOne("entry:transportModeId", "海上运输");
        browser.type(By.id("entry:specification"), "一级");
        browser.type(By.id("entry:quantity_input"), "25000");
        browser.type(By.id("entry:unitPrice_input"), "0.62");
        browser.selectOne("entry:currencyCode", "USD");
        browser.type(By.id("entry:quotaDocumentNo"), "2026-DM-TJ-0001");
        browser.screenshot("application-entry");
        browser.click(By.id("entry:saveAndSeal"));
        browser.waitForText(By.id("entry:messages"), "加盖签章成功");
        String number = browser.text(By.id("application-number"));
        assertTrue(number.matches("2026\\d{8}"), number);

        return number;
    }

    /** 上报 of one application from the 上报申请 list. */
    public static void submit(Browser browser, String number) {
        browser.menu("上报申请");
        browser.waitForText(By.id("list:table"), number);
        browser.click(browser.rowButton("list:table", number, ":submit"));
        browser.click(By.id("list:confirmYes"));
        browser.waitForText(By.id("list:messages"), number);
    }

    @Test
    void clerkEntersSealsSubmitsAndWithdrawsAnApplication() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        String number = enterRiceApplication(browser);

        // 上报申请: the saved application is listed; submit it.
        submit(browser, number);

        // 待审申请: it waits for first review; ask to withdraw it.
        browser.menu("待审申请");
        browser.waitForText(By.id("list:table"), number);
        assertTrue(browser.text(By.id("list:table")).contains("待初审"));
        browser.click(browser.rowButton("list:table", number, ":withdraw"));
        browser.click(By.id("list:confirmYes"));
        browser.waitForText(By.id("list:table"), "待撤销");
        browser.screenshot("application-pending");

        // The view shows the seal verifies and the history.
        browser.open("application/view.xhtml?number=" + number);
        browser.waitForText(By.id("seal-status"), "电子签章有效");
        assertTrue(browser.text(By.id("view:history")).contains("上报"));
    }
}
