package org.exportlicence.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;

/**
 * 大米专项统计 as a demo clerk (own exporter code, read-only; 统计; 导出Excel) and 焦炭专项查询 as a demo
 * officer (a bad exporter code refused beside the field; 查询; 导出Excel with as many licences as the
 * list counts). The downloads are read back with POI.
 */
@RunAsClient
class SpecialStatisticsUiIT extends BrowserTestCase {
    /** 天津华粮进出口有限公司, the demo clerk hualiang's enterprise. */
    private static final String HUALIANG = "1201000000001";

    /** Test enterprise A, in the Tianjin office's region (its licences may be there from other tests). */
    private static final String ENTERPRISE_A = "9900000000001";

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Test
    void aClerkComputesRiceStatisticsOfTheirOwnEnterpriseAndDownloadsThem() throws Exception {
        Path downloads = downloads();
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("大米专项统计");
        assertEquals(
                HUALIANG,
                browser.driver().findElement(By.id("search:ownExporterCode")).getAttribute("value"));
        assertTrue(browser.find(By.id("search:exporterCode")).isEmpty(), "a clerk has no exporter code to type");
        assertTrue(browser.find(By.id("search:quotaYear")).isEmpty(), "rice has no quota year condition");
        assertTrue(browser.find(By.id("search:productName")).isPresent(), "rice statistics have a product condition");
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("result"), "平均单价（美元）");

        browser.click(By.id("result:export"));
        Path xlsx = downloaded(downloads, "大米专项统计-");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("大米专项统计", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(HUALIANG, value(sheet, "出口商代码"));
            header(sheet, "品名（规格等级）");
        }
    }

    @Test
    void anOfficerQueriesCokeLicencesOfOneExporterAndDownloadsTheList() throws Exception {
        Path downloads = downloads();
        browser.signIn("first-tj", DEMO_PASSWORD);
        browser.menu("焦炭专项查询");
        assertTrue(browser.find(By.id("search:quotaYear")).isPresent(), "coke has a quota year condition");
        browser.type(By.id("search:exporterCode"), "abc");
        browser.click(By.id("search:find"));
        browser.waitForText(By.id("search"), "出口商代码应为13位数字或大写字母");

        browser.type(By.id("search:exporterCode"), ENTERPRISE_A);
        browser.click(By.id("search:find"));
        // The form and the table come back in one response: the refusal gone, the table is the new one.
        browser.waitForTextGone(By.id("search"), "出口商代码应为13位");
        String report = browser.text(By.cssSelector("[id='list:table'] .ui-paginator-current"));
        Matcher total = TOTAL.matcher(report);
        assertTrue(total.find(), report);
        int listed = Integer.parseInt(total.group(1));
        // Sorted by the database on a whitelisted column: the same licences, the same count.
        browser.click(By.xpath("//th[contains(@class,'ui-sortable-column')][contains(.,'数量')]"));
        browser.waitForText(By.cssSelector("[id='list:table'] .ui-paginator-current"), "共 " + listed + " 条");

        browser.click(By.id("list:export"));
        Path xlsx = downloaded(downloads, "焦炭专项查询-");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("焦炭专项查询", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(ENTERPRISE_A, value(sheet, "出口商代码"));
            int header = header(sheet, "许可证号");
            assertEquals(listed, sheet.getLastRowNum() - header, "the workbook holds the listed licences");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(ENTERPRISE_A, sheet.getRow(r).getCell(2).getStringCellValue());
            }
        }

        // 焦炭专项统计 of the same exporter: its total line counts the same licences.
        browser.menu("焦炭专项统计");
        browser.type(By.id("search:exporterCode"), ENTERPRISE_A);
        browser.click(By.id("search:compute"));
        // The result table appears only once 统计 has answered.
        browser.waitForText(By.cssSelector("tbody[id='result:table_data']"), listed == 0 ? "没有符合条件的许可证" : "合计");
        if (listed > 0) {
            List<org.openqa.selenium.WebElement> rows =
                    browser.driver().findElements(By.cssSelector("tbody[id='result:table_data'] > tr"));
            List<org.openqa.selenium.WebElement> last =
                    rows.get(rows.size() - 1).findElements(By.tagName("td"));
            assertEquals("合计", last.get(0).getText());
            assertEquals(String.valueOf(listed), last.get(4).getText());
        }
    }

    /** Lets the headless browser save downloads into a fresh directory (through the DevTools protocol). */
    private Path downloads() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "downloads-").toAbsolutePath();
        ((HasCdp) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", dir.toString(), "eventsEnabled", true));
        return dir;
    }

    /** The downloaded file whose name starts with the screen's name, once complete. */
    private static Path downloaded(Path dir, String prefix) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                                && f.getFileName().toString().endsWith(".xlsx"))
                        .toList();
                if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(dir)) {
            throw new AssertionError("no download " + prefix + "*.xlsx in " + files.toList());
        }
    }

    private static int header(Sheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static String value(Sheet sheet, String label) {
        return sheet.getRow(header(sheet, label)).getCell(1).getStringCellValue();
    }
}
