package org.exportlicence.it.quota;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.exportlicence.it.application.ApplicationUiIT;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A licensing year's back office through the screens, with the demo users: the Tianjin quota officer
 * allocates a tungsten quota by importing the published list, the metal exporter applies against it,
 * then asks to swap part of it into its molybdenum quota; the officer approves, and the exporter finds
 * the swap under 有色金属钨锑钼配额调换.
 */
@RunAsClient
public class BackOfficeUiIT extends BrowserTestCase {
    /** 天津津钨有色金属进出口有限公司 (demo data), in the Tianjin office's region. */
    private static final String JINWU = "1201000000003";
    /** 钨及钨制品: the 30th category of the 2026 catalogue. */
    private static final String TUNGSTEN = "30";

    @Test
    void anImportedQuotaIsAppliedAgainstSwappedAndTheSwapListed() throws Exception {
        String documentNo = "2026-W-TJ-" + (100000 + ThreadLocalRandom.current().nextInt(900000));

        browser.signIn("quota-tj", DEMO_PASSWORD);
        browser.menu("配额管理");
        browser.open("quota/import.xhtml");
        Path list = Files.createTempFile("allocation", ".csv");
        Files.writeString(
                list,
                "企业代码,年度,商品类别,配额文号,数量,计量单位代码,贸易方式,国别,机构\n" + JINWU + ",2026," + TUNGSTEN + "," + documentNo
                        + ",40000,035,,,\n",
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(list.toString());
        browser.click(By.id("upload:import"));
        browser.waitForText(By.id("upload:messages"), "已导入 1 条配额");
        browser.menu("配额管理");
        browser.waitForText(By.id("list:table"), "2026-W-TJ-0001");
        browser.screenshot("quota-list");
        browser.signOut();

        browser.signIn("jinwu", DEMO_PASSWORD);
        String application = enterTungstenApplication(documentNo);
        ApplicationUiIT.submit(browser, application);

        browser.menu("有色金属钨锑钼配额调换");
        browser.click(By.id("search:apply"));
        browser.selectOne("entry:fromQuota", documentNo);
        // The receiving quotas follow the source (an Ajax update of the form's lower part).
        selectWhenOffered("entry:toQuota", "2026-MO-TJ-0001");
        browser.type(By.id("entry:quantity_input"), "5000");
        browser.type(By.id("entry:reason"), "钼制品订单增加，调入钼配额");
        browser.click(By.id("entry:file"));
        browser.waitForText(By.id("list:messages"), "已提交");
        browser.signOut();

        browser.signIn("quota-tj", DEMO_PASSWORD);
        browser.menu("钨锑钼配额调换审核");
        browser.waitForText(By.id("list:table"), documentNo);
        browser.screenshot("quota-swap-review");
        browser.click(browser.rowButton("list:table", documentNo, ":approve"));
        browser.click(By.id("list:confirmYes"));
        browser.waitForText(By.id("list:messages"), "已同意");
        browser.signOut();

        browser.signIn("jinwu", DEMO_PASSWORD);
        browser.menu("有色金属钨锑钼配额调换");
        browser.waitForText(By.id("list:table"), documentNo);
        String row = browser.text(By.xpath("//*[@id='list:table']//tr[td[contains(., '" + documentNo + "')]]"));
        assertTrue(row.contains("已调换"), row);
        // 40 000 allocated, 1 000 applied for (not yet issued: nothing used), 5 000 swapped out: 35 000 left.
        assertTrue(row.contains("35000"), row);
        browser.screenshot("quota-swaps");
    }

    private void selectWhenOffered(String menuId, String labelPart) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                browser.selectOne(menuId, labelPart);
                return;
            } catch (AssertionError notYet) {
                if (attempt == 20) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    /** 录入申请 of tungsten ore (quota-managed here) against the imported quota; returns the application number. */
    private String enterTungstenApplication(String documentNo) {
        browser.menu("录入申请");
        browser.autoComplete("entry:commodity", "26110000", "26110000");
        browser.autoComplete("entry:port", "0200", "天津");
        browser.click(By.id("entry:next"));
        browser.waitForText(By.id("entry:exporterName"), "天津津钨有色金属进出口有限公司");
        browser.selectOne("entry:tradeModeId", "一般贸易");
        browser.type(By.id("entry:contractNo"), "JW2026-JP-0012");
        browser.selectOne("entry:countryCode", "日本");
        browser.selectOne("entry:paymentMethodCode", "信用证");
        browser.selectOne("entry:transportModeId", "海上运输");
        browser.type(By.id("entry:specification"), "WO3 65%");
        browser.type(By.id("entry:quantity_input"), "1000");
        browser.type(By.id("entry:unitPrice_input"), "18.5");
        browser.selectOne("entry:currencyCode", "USD");
        browser.type(By.id("entry:quotaDocumentNo"), documentNo);
        browser.click(By.id("entry:saveAndSeal"));
        browser.waitForText(By.id("entry:messages"), "加盖签章成功");
        return browser.text(By.id("application-number"));
    }
}
