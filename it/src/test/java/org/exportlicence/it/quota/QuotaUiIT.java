package org.exportlicence.it.quota;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** 配额管理 as the administrator uses it: allocate, adjust in the dialog, import a list (bad, then good). */
@RunAsClient
class QuotaUiIT extends BrowserTestCase {
    /** 天津华粮进出口有限公司, a demo enterprise of the Tianjin office. */
    private static final String HUALIANG = "1201000000001";

    private static String newNumber() {
        return "2026-DM-TJ-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    @Test
    void administratorAllocatesAdjustsAndImports() throws Exception {
        browser.signIn("admin", DEMO_PASSWORD);
        browser.menu("配额管理");
        browser.click(By.id("list:allocate"));
        browser.waitForTitle("分配配额");
        String number = newNumber();
        browser.type(By.id("allocation:enterpriseCode"), HUALIANG);
        browser.selectOne("allocation:categoryCode", "大米");
        browser.type(By.id("allocation:documentNo"), "2026-dm-1");
        browser.type(By.id("allocation:quantity_input"), "500");
        browser.selectOne("allocation:authorityCode", "天津");
        browser.click(By.id("allocation:save"));
        browser.waitForText(By.id("allocation:form"), "格式不正确");

        browser.type(By.id("allocation:documentNo"), number);
        browser.click(By.id("allocation:save"));
        browser.waitForTitle("配额详情");
        browser.waitForText(By.id("total"), "500");

        browser.click(By.id("quota:increase"));
        browser.type(By.id("reasonForm:quantity_input"), "20");
        browser.type(By.id("reasonForm:reason"), "补充分配");
        browser.click(By.id("reasonForm:confirmAdjust"));
        browser.waitForText(By.id("total"), "520");
        browser.waitForText(By.id("quota:historyPanel"), "补充分配");

        browser.click(By.id("quota:decrease"));
        browser.type(By.id("reasonForm:quantity_input"), "600");
        browser.type(By.id("reasonForm:reason"), "调减");
        browser.click(By.id("reasonForm:confirmAdjust"));
        browser.waitForText(By.id("reasonForm:reasonField"), "不能超过未使用部分");
        browser.click(By.id("reasonForm:cancelAdjust"));

        browser.open("quota/import.xhtml");
        browser.waitForTitle("导入配额分配表");
        String good = newNumber();
        Path bad = csv(
                HUALIANG + ",2026,大米," + good + ",100,035,,,\n9999999999999,2026,大米," + newNumber() + ",1,035,,,\n");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(bad.toString());
        browser.click(By.id("upload:import"));
        browser.waitForText(By.id("upload:report"), "企业代码 9999999999999 不存在");
        assertTrue(browser.text(By.id("upload:messages")).contains("未导入任何配额"));

        Path fine = csv(HUALIANG + ",2026,06," + good + ",100,035,,,\n");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(fine.toString());
        browser.click(By.id("upload:import"));
        browser.waitForText(By.id("upload:messages"), "已导入 1 条配额");

        browser.menu("配额管理");
        browser.type(By.id("search:documentNo"), good);
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", java.util.List.of(good));
    }

    private static Path csv(String rows) throws Exception {
        Path file = Files.createTempFile("quota-list", ".csv");
        Files.writeString(file, "企业代码,年度,商品类别,配额文号,数量,计量单位代码,贸易方式,国别,机构\n" + rows, StandardCharsets.UTF_8);
        return file;
    }
}
