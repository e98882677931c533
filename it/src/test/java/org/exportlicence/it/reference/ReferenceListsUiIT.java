package org.exportlicence.it.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The skeleton as a clerk sees it: sign in, the menu, the 参数列表 screens, 申请企业信息, language, sign out. */
@RunAsClient
class ReferenceListsUiIT extends BrowserTestCase {
    @Test
    void clerkSearchesTheCommodityCatalogue() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.waitForText(By.id("user-name"), "王丽");
        assertTrue(browser.text(By.id("data-scope")).contains("本公司"));
        // 综合查询统计's entries lead to their screens now.
        assertTrue(browser.find(By.xpath("//a[normalize-space(.)='综合查询']")).isPresent());
        assertTrue(browser.find(By.xpath("//a[contains(@class,'ui-state-disabled') and normalize-space(.)='综合查询']"))
                .isEmpty());

        browser.menu("商品目录");
        browser.type(By.id("search:name"), "精米");
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", List.of("2026", "2026"));
        String table = browser.text(By.id("list:table"));
        assertTrue(table.contains("10063020") && table.contains("10063080"), table);

        browser.type(By.id("search:name"), " ");
        browser.type(By.id("search:code"), "1006302090");
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", List.of("2026"));
        assertTrue(browser.text(By.id("list:table")).contains("10063020"));
    }

    @Test
    void clerkFindsCountriesAndPortsByCodeAndNameAndSeesTheOtherLists() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("国别（地区）代码");
        browser.type(By.id("search:name"), "日本");
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", List.of("116"));
        assertTrue(browser.text(By.id("list:table")).contains("Japan"));

        browser.menu("口岸代码");
        browser.type(By.id("search:code"), "0200");
        browser.click(By.id("search:find"));
        browser.waitForText(By.id("list:table"), "天津关区");

        for (String[] list :
                new String[][] {{"贸易方式", "一般贸易"}, {"支付方式", "信用证"}, {"运输方式", "铁路运输"}, {"货币代码", "JPY"}, {"发证机构", "商务主管部门"}
                }) {
            browser.menu(list[0]);
            browser.waitForText(By.id("list:table"), list[1]);
        }
        // No edit buttons for a clerk: the lists are read only.
        assertTrue(browser.find(By.xpath("//button[normalize-space(.)='修改']")).isEmpty());
    }

    @Test
    void clerkSeesOwnEnterpriseInformationAndSwitchesLanguage() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("申请企业信息");
        assertEquals("天津华粮进出口有限公司", browser.text(By.id("info:nameZhText")));
        assertEquals(18, browser.text(By.id("info:usccText")).length());

        browser.click(By.id("headerForm:lang-en"));
        browser.waitForTitle("Enterprise information");
        browser.menu("Commodity catalogue");
        // Signing out waits for the login page (the click alone returns before it is there).
        browser.signOut();
    }

    @Test
    void wrongPasswordIsRefusedInChineseAndOfficerPagesAreNotFoundForAClerk() {
        browser.signIn("hualiang", "wrong-password");
        browser.waitForText(By.id("login:messages"), "用户名或密码不正确");

        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.waitForText(By.id("user-name"), "王丽");
        browser.open("application/first-review.xhtml");
        browser.waitForText(By.id("error-title"), "页面不存在");
    }

    @Test
    void administratorCorrectsANameOnACodeTable() {
        browser.signIn("admin", DEMO_PASSWORD);
        browser.menu("货币代码");
        browser.waitForText(By.id("list:table"), "JPY");
        assertTrue(browser.find(By.xpath("//button[normalize-space(.)='修改']")).isPresent());
    }
}
