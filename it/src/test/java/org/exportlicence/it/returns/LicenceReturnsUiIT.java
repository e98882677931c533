package org.exportlicence.it.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.it.application.ApplicationUiIT;
import org.exportlicence.it.customs.CustomsSimulator;
import org.exportlicence.it.licence.LicenceUiIT;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 许可证退换 through the screens: the clerk asks to delete an unused licence and to write off one
 * cleared at customs (a wrong quantity is refused first, naming both figures), submits both from the
 * 管理 lists; the first reviewer approves both from 删除申请审核 / 核销申请审核 and sees the quota
 * given back (all of the deleted licence, the unused part of the written-off one); the clerk's 查询
 * screens show both 审核通过 with the quota returned, and the licence page shows it 已删除.
 */
@RunAsClient
class LicenceReturnsUiIT extends BrowserTestCase {

    /** Customs (the customs simulator) declares goods against a licence, as its last use: 已清关. */
    private void recordCustomsUsage(String licence, String quantity, boolean cleared) throws Exception {
        List<String> command = new ArrayList<>(List.of("declare", licence, quantity, "0200", "--unit", "035"));
        if (cleared) {
            command.add("--last");
        }
        String output = new CustomsSimulator().run(0, command.toArray(String[]::new));
        assertTrue(output.contains("ACCEPTED"), output);
    }

    /** 许可证删除申请 / 许可证核销申请: the licence number entered and 读入. */
    private void readIn(String menu, String licence) {
        browser.menu(menu);
        browser.type(By.id("entry:licenceNo"), licence);
        browser.click(By.id("entry:readIn"));
        browser.waitForText(By.id("entry:licence"), licence);
        assertEquals(1, labelsOfTheLicenceNumber(), "许可证号 on " + menu);
    }

    /** How many texts on the page (menu aside) say 许可证号: the page should name it once. */
    private int labelsOfTheLicenceNumber() {
        return browser.driver()
                .findElements(By.xpath("//main//*[text()[contains(., '许可证号')]]"))
                .size();
    }

    /** 上报 from a 管理 list. */
    private void submitFrom(String menu, String licence) {
        browser.menu(menu);
        browser.waitForText(By.id("list:table"), licence);
        assertTrue(browser.text(By.id("list:table")).contains("待上报"));
        browser.screenshot("licence-returns-manage");
        browser.click(browser.rowButton("list:table", licence, ":submit"));
        browser.click(By.id("list:confirmYes"));
        browser.waitForText(By.id("list:messages"), licence);
    }

    /** 审核通过 from a queue; returns how much the enterprise's used quota went down. */
    private BigDecimal approveFrom(String queue, String licence, String toReturn) {
        browser.menu(queue);
        browser.waitForText(By.id("list:table"), licence);
        browser.click(By.linkText(licence));
        browser.waitForText(By.id("licence-number"), licence);
        assertEquals(1, labelsOfTheLicenceNumber(), "许可证号 on " + queue);
        assertEquals(toReturn, browser.text(By.id("quota-toReturn")));
        BigDecimal usedBefore = new BigDecimal(browser.text(By.id("quota-used")));
        browser.click(By.id("decision:approve"));
        browser.waitForText(By.id("decision:messages"), licence);
        browser.waitForText(By.id("decision:status"), "审核通过");
        assertEquals(toReturn, browser.text(By.id("quota-returned")));
        return usedBefore.subtract(new BigDecimal(browser.text(By.id("quota-used"))));
    }

    /** The row of a licence on a 查询 screen, searched by its number. */
    private String queryRow(String menu, String licence) {
        browser.menu(menu);
        browser.type(By.id("search:licenceNo"), licence);
        browser.click(By.id("search:find"));
        // The list showed every request before, perhaps just this one: wait until the search's Ajax
        // request is done, then for the row; should it still be replaced under us, read it again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
        browser.waitForFirstColumn("list:table_data", List.of(licence));
        By row = By.xpath("//*[@id='list:table']//tr[td[contains(., '" + licence + "')]]");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                return d.findElement(row).getText();
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    @Test
    void theClerkDeletesOneLicenceAndWritesOffAnotherTheOfficerApprovesAndTheQuotaComesBack() throws Exception {
        browser.signIn("hualiang", DEMO_PASSWORD);
        String toDelete = ApplicationUiIT.enterRiceApplication(browser);
        String toWriteOff = ApplicationUiIT.enterRiceApplication(browser);
        ApplicationUiIT.submit(browser, toDelete);
        ApplicationUiIT.submit(browser, toWriteOff);
        browser.signOut();
        browser.signIn("first-tj", DEMO_PASSWORD);
        LicenceUiIT.decide(browser, "初审", toDelete);
        LicenceUiIT.decide(browser, "初审", toWriteOff);
        browser.signOut();
        browser.signIn("second-tj", DEMO_PASSWORD);
        LicenceUiIT.decide(browser, "复审", toDelete);
        LicenceUiIT.decide(browser, "复审", toWriteOff);
        String unused = LicenceUiIT.issue(browser, toDelete);
        String cleared = LicenceUiIT.issue(browser, toWriteOff);
        browser.signOut();
        // Customs clears 20000 of the second licence's 25000.
        recordCustomsUsage(cleared, "20000", true);

        browser.signIn("hualiang", DEMO_PASSWORD);
        // 许可证删除申请: the licence is read in, saved while unused.
        readIn("许可证删除申请", unused);
        assertEquals("有效", browser.text(By.id("licence-status")));
        browser.type(By.id("entry:remarks"), "合同取消");
        browser.click(By.id("entry:save"));
        browser.waitForText(By.id("entry:messages"), "已保存");
        submitFrom("删除申请表管理", unused);

        // 许可证核销申请: the quantity customs recorded is shown; another quantity is refused naming both.
        readIn("许可证核销申请", cleared);
        assertEquals("已清关", browser.text(By.id("licence-status")));
        assertEquals("20000", browser.text(By.id("customsUsedQuantity")));
        browser.type(By.id("entry:writeOffQuantity_input"), "19000");
        browser.click(By.id("entry:save"));
        browser.waitForText(By.id("entry:request"), "不符");
        String refusal = browser.text(By.id("entry:request"));
        assertTrue(refusal.contains("19000") && refusal.contains("20000"), refusal);
        // The numeric input keeps its text on clear(): select it all and type over it.
        browser.driver()
                .findElement(By.id("entry:writeOffQuantity_input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "20000");
        browser.click(By.id("entry:save"));
        browser.waitForText(By.id("entry:messages"), "已保存");
        browser.screenshot("licence-writeoff-entry");
        submitFrom("核销申请表管理", cleared);
        browser.signOut();

        // The first reviewer approves both; the quota comes back: all 25000, and the unused 5000.
        browser.signIn("first-tj", DEMO_PASSWORD);
        assertEquals(0, new BigDecimal("25000").compareTo(approveFrom("删除申请审核", unused, "25000")));
        browser.screenshot("licence-deletion-approved");
        assertEquals(0, new BigDecimal("5000").compareTo(approveFrom("核销申请审核", cleared, "5000")));
        browser.signOut();

        // The clerk's 查询 screens: both 审核通过, with the quota returned; the licence is 已删除.
        browser.signIn("hualiang", DEMO_PASSWORD);
        String deletion = queryRow("删除申请表查询", unused);
        assertTrue(deletion.contains("审核通过") && deletion.contains("25000"), deletion);
        String writeOff = queryRow("核销申请表查询", cleared);
        assertTrue(writeOff.contains("审核通过") && writeOff.contains("5000"), writeOff);
        browser.screenshot("licence-writeoff-query");
        browser.click(By.linkText(cleared));
        browser.waitForText(By.id("licence"), "已核销");
        assertTrue(browser.text(By.id("returns")).contains("审核通过"));
        queryRow("删除申请表查询", unused);
        browser.click(By.linkText(unused));
        browser.waitForText(By.id("licence"), "已删除");
        browser.screenshot("licence-view-deleted");
    }
}
