package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.application.ApplicationUiIT;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;

/** 综合查询 and 配额查询 as the demo clerk uses them: a condition, 查询, the rows, 导出Excel. */
@RunAsClient
class StatisticsQueryUiIT extends BrowserTestCase {

    /**
     * Types a day into a date picker of the form 查询 has just re-rendered (an element may still be
     * replaced), and closes its calendar.
     */
    private void typeAfterUpdate(By input, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.type(input, text);
                // The date picker's calendar would cover the buttons below it.
                browser.driver().findElement(input).sendKeys(Keys.ESCAPE);
                // Headless, the picker sometimes drops what was typed while its calendar opens: typed again.
                if (text.equals(browser.driver().findElement(input).getAttribute("value")) || attempt == 3) {
                    return;
                }
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void clerkSearchesExportsAndReadsTheQuotaStatement() throws Exception {
        browser.signIn("hualiang", DEMO_PASSWORD);
        String number = ApplicationUiIT.enterRiceApplication(browser);

        browser.menu("综合查询");
        browser.type(By.id("search:applicationNo"), number);
        browser.click(By.id("search:find"));
        browser.waitForFirstColumn("list:table_data", java.util.List.of(number));
        assertTrue(browser.text(By.id("list:table")).contains("已保存"));

        // A range that ends before it starts: refused beside its input, the table as it was.
        typeAfterUpdate(By.id("search:appliedFrom_input"), "2026-05-02");
        typeAfterUpdate(By.id("search:appliedTo_input"), "2026-05-01");
        assertEquals(
                "2026-05-01",
                browser.driver().findElement(By.id("search:appliedTo_input")).getAttribute("value"));
        // Headless, the calendar stays open over the button whatever the keys: clicked by script.
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click();", browser.driver().findElement(By.id("search:find")));
        browser.waitForText(By.id("search"), "结束日期不能早于开始日期");
        browser.waitForFirstColumn("list:table_data", java.util.List.of(number));

        browser.click(By.id("list:export"));
        Path xlsx = browser.waitForDownload("综合查询-", ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            boolean found = false;
            for (var row : book.getSheetAt(0)) {
                found |= row.getCell(0) != null && number.equals(row.getCell(0).toString());
            }
            assertTrue(found, "the application is not in the export");
        }

        browser.menu("配额查询");
        browser.click(By.id("search:find"));
        browser.waitForText(By.id("list:table"), "2026-DM-TJ-0001");
        browser.click(By.id("list:export"));
        browser.waitForDownload("配额查询-", ".xlsx");
    }
}
