package org.exportlicence.it.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportlicence.it.application.ApplicationUiIT;
import org.exportlicence.it.customs.CustomsSimulator;
import org.exportlicence.it.support.Browser;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * From application to licence through the screens: the clerk submits, officer A approves at 初审,
 * officer B approves at 复审 and generates the licence, the clerk prints the application form (the
 * row moves to 已打印申请表) and finds the licence under 查看电子许可证, and the public
 * verification page (no sign-in) confirms its signature; then customs uses it.
 */
@RunAsClient
public class LicenceUiIT extends BrowserTestCase {

    /** An officer approves an application from a queue (初审, 复审) through its decision page. */
    public static void decide(Browser browser, String queueMenu, String number) {
        browser.menu(queueMenu);
        // Found by its number, as an officer would in a long queue (the queue holds every test's leftovers).
        browser.type(By.id("search:number"), number);
        browser.click(By.id("search:find"));
        browser.waitForText(By.id("list:table"), number);
        browser.screenshot("officer-queue");
        browser.click(By.linkText(number));
        browser.waitForText(By.id("application-number"), number);
        assertTrue(browser.text(By.id("seal-status")).contains("电子签章有效"));
        browser.click(By.id("decision:approve"));
        browser.waitForText(By.id("decision:messages"), number);
    }

    /** 生成电子许可证 for an approved application, by an issuer; returns the licence number. */
    public static String issue(Browser browser, String number) {
        browser.menu("生成电子许可证");
        browser.waitForText(By.id("list:table"), number);
        browser.click(browser.rowButton("list:table", number, ":issue"));
        browser.waitForText(By.id("list:messages"), number);
        Matcher issued = Pattern.compile("(\\d{2}-\\d{2}-\\d{6,})").matcher(browser.text(By.id("list:messages")));
        assertTrue(issued.find(), browser.text(By.id("list:messages")));
        return issued.group(1);
    }

    @Test
    void twoOfficersApproveTheIssuerGeneratesAndAnyoneVerifies() throws Exception {
        browser.signIn("hualiang", DEMO_PASSWORD);
        String number = ApplicationUiIT.enterRiceApplication(browser);
        ApplicationUiIT.submit(browser, number);
        browser.signOut();

        browser.signIn("first-tj", DEMO_PASSWORD);
        decide(browser, "初审", number);
        browser.signOut();

        browser.signIn("second-tj", DEMO_PASSWORD);
        decide(browser, "复审", number);
        String licence = issue(browser, number);
        browser.screenshot("licence-issued");
        browser.signOut();

        browser.signIn("hualiang", DEMO_PASSWORD);
        // 打印申请表: printing the form (a PDF download) moves the row to 已打印申请表.
        browser.menu("打印申请表");
        browser.waitForText(By.id("list:table"), number);
        browser.click(browser.rowButton("list:table", number, ":print"));
        browser.menu("已打印申请表");
        browser.waitForText(By.id("list:table"), number);
        browser.menu("查看电子许可证");
        browser.waitForText(By.id("list:table"), licence);
        String row = browser.text(By.xpath("//*[@id='list:table']//tr[td[contains(., '" + licence + "')]]"));
        // Downloading the signed PDF leaves the list as it is, without a refusal.
        browser.click(browser.rowButton("list:table", licence, ":download"));
        assertTrue(browser.find(By.cssSelector("[id='list:messages'] .ui-messages-error"))
                .isEmpty());
        Matcher code = Pattern.compile("\\b([2-9A-Z]{8})\\b").matcher(row);
        assertTrue(code.find(), row);
        browser.signOut();

        browser.open("verify.xhtml?no=" + licence + "&code=" + code.group(1));
        browser.waitForText(By.id("signature"), "签名有效");
        assertTrue(browser.text(By.id("status")).contains("有效"));
        browser.screenshot("licence-verified");
        browser.open("verify.xhtml?no=" + licence + "&code=WRONG234");
        browser.waitForText(By.id("not-found"), "未找到");

        customsUseTheLicence(licence);
    }

    /**
     * Customs, played by the customs simulator (its own program, speaking only JMS to the test
     * server's broker): it receives the licence message and confirms it, then declares goods
     * against the licence; the clerk sees the usage on the licence's page. A malformed message naming
     * the licence reaches its authority's officers on 海关报文异常, one naming none the administrator.
     */
    private void customsUseTheLicence(String licence) throws Exception {
        CustomsSimulator customs = new CustomsSimulator();
        String listened = customs.run(0, "listen", "--drain");
        assertTrue(listened.contains(licence), listened);
        String declared = customs.run(0, "declare", licence, "1000");
        assertTrue(declared.contains("ACCEPTED"), declared);

        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("查看电子许可证");
        browser.waitForText(By.id("list:table"), licence);
        browser.click(By.linkText(licence));
        browser.waitForText(By.id("licence-number"), licence);
        assertEquals("使用中", browser.text(By.id("status")));
        assertEquals("海关已接收", browser.text(By.id("customs-status")));
        assertTrue(browser.text(By.id("usage")).contains("1000"), browser.text(By.id("usage")));
        assertEquals("11 / 12", browser.text(By.id("uses-left")));
        browser.screenshot("licence-usage");
        browser.signOut();

        // One naming the licence reaches its authority's officers; one naming none, the administrator.
        String invalid = customs.run(0, "malformed", "invalid", licence);
        assertTrue(invalid.contains("MALFORMED_MESSAGE"), invalid);
        String refused = customs.run(0, "malformed", "xxe");
        assertTrue(refused.contains("MALFORMED_MESSAGE"), refused);
        browser.signIn("first-tj", DEMO_PASSWORD);
        browser.menu("海关报文异常");
        browser.waitForText(By.id("list:table"), licence);
        assertTrue(browser.text(By.id("list:table")).contains("MALFORMED_MESSAGE"), browser.text(By.id("list:table")));
        browser.screenshot("customs-errors");
        browser.signOut();
        browser.signIn("admin", DEMO_PASSWORD);
        browser.menu("海关报文异常");
        browser.waitForText(By.id("list:table"), "DOCTYPE");
        browser.screenshot("customs-errors-admin");
        browser.signOut();
    }
}
