package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.support.Browser;
import org.openqa.selenium.By;

/**
 * The browser half of {@link MonthlyReportUiIT}, kept in a class of its own so that the test class,
 * which also runs inside the server, names no Selenium type: the administrator's 统计月报 of a published
 * month's year, on the screen and as .xlsx. A failure leaves a screenshot.
 */
final class MonthlyReportScreen {
    private static final String PASSWORD = "Demo@2026";

    private MonthlyReportScreen() {}

    static void check(URL platform, YearMonth month) throws Exception {
        try (Browser browser = new Browser(platform)) {
            try {
                checkWith(browser, month);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("MonthlyReportUiIT-theScreenShowsItPublished");
                throw e;
            }
        }
    }

    private static void checkWith(Browser browser, YearMonth month) throws Exception {
        Path downloads = Files.createTempDirectory("elp-monthly-report");
        browser.allowDownloadsInto(downloads);
        browser.signIn("admin", PASSWORD);
        browser.menu("统计月报");
        browser.selectOne("search:year", String.valueOf(month.getYear()));
        browser.click(By.id("search:compute"));
        browser.waitForText(By.id("result"), "已发布月份");
        String note = browser.text(By.id("published"));
        assertTrue(note.contains(month.getMonthValue() + "月（发布于 "), note);
        assertTrue(note.contains("之后的更正不再改变它们"), note);
        String row = browser.text(
                By.xpath("//*[@id='table_data']/tr[td[1][normalize-space(.)='" + month.getMonthValue() + "']]"));
        assertTrue(row.contains("已发布（"), row);

        browser.click(By.id("search:export"));
        Path xlsx = browser.waitForDownload(downloads, ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            boolean noted = false;
            boolean marked = false;
            for (Row r : sheet) {
                String first = r.getCell(0) == null ? "" : r.getCell(0).toString();
                if (first.equals("已发布月份")) {
                    noted = r.getCell(1).toString().contains(month.getMonthValue() + "月");
                }
                if (first.equals(month.getMonthValue() + ".0") && r.getCell(8) != null) {
                    marked = r.getCell(8).getLocalDateTimeCellValue() != null;
                }
            }
            assertTrue(noted, "the published months among the conditions");
            assertTrue(marked, "the month's row marked with its publication time");
            assertEquals("统计月报", sheet.getRow(0).getCell(0).getStringCellValue());
        }
    }
}
