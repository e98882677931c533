package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** 统计月报 and 综合统计 as the demo clerk of 天津华粮 uses them: compute, table and chart, 导出Excel, grouping. */
@RunAsClient
class StatisticsReportsUiIT extends BrowserTestCase {
    @Test
    void monthlyReportWithChartAndExport() throws Exception {
        Path downloads = Files.createTempDirectory("elp-monthly");
        browser.allowDownloadsInto(downloads);
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("统计月报");
        String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        browser.selectOne("search:year", year);
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("result"), "累计许可证数");
        assertTrue(browser.find(By.cssSelector("#chart canvas")).isPresent(), "the bar chart's canvas");

        // A country code that does not exist: a message beside the field, no result.
        browser.type(By.id("search:countryCode_input"), "ZZZ");
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("search"), "国别（地区）代码“ZZZ”不存在");
        assertTrue(browser.find(By.id("table")).isEmpty(), "nothing computed");

        browser.type(By.id("search:countryCode_input"), " ");
        browser.click(By.id("search:export"));
        Path xlsx = browser.waitForDownload(downloads, ".xlsx");
        assertTrue(xlsx.getFileName().toString().startsWith("统计月报-"), xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("统计月报", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    year, book.getSheetAt(0).getRow(1).getCell(1).toString().replace(".0", ""));
        }
    }

    @Test
    void summaryByCommodity() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("综合统计");
        assertEquals(
                "true",
                browser.driver().findElement(By.id("search:consignorCode")).getAttribute("readonly"));
        assertTrue(browser.find(By.id("search:enterpriseCode")).isEmpty(), "no enterprise condition for a clerk");
        browser.click(By.xpath("//label[normalize-space(.)='按发证商品统计']"));
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("result"), "按发证商品统计");
        browser.waitForText(By.id("result"), "商品编码");

        browser.click(By.xpath("//label[normalize-space(.)='按商品大类码统计']"));
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("result"), "商品大类码");
    }
}
