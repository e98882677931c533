package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 批处理作业 as the demo operator of 特办天津 uses it: a bad date refused beside its field, licence-expiry
 * started for today, its run seen to complete with its step counts, its report opened (as many
 * licences as the run says it expired) and downloaded. Officers without the role see the entry grey.
 */
@RunAsClient
class JobsUiIT extends BrowserTestCase {
    private static final String START = "start-licence-expiry";
    private static final String RUNS = "runs-licence-expiry:table";

    /** A cell (by id suffix or class) of the runs table's row of one execution. */
    private static By cell(String execution, String idSuffixOrClass) {
        String row = "//tbody[@id='" + RUNS + "_data']/tr[.//span[contains(@id, ':execution') and normalize-space(.)='"
                + execution + "']]";
        return By.xpath(
                row + "//*[contains(@id, ':" + idSuffixOrClass + "') or contains(@class, '" + idSuffixOrClass + "')]");
    }

    @Test
    void operatorRunsLicenceExpiryAndOpensItsReport() throws Exception {
        Path downloads = Files.createTempDirectory("elp-jobs");
        browser.allowDownloadsInto(downloads);
        browser.signIn("operator-tj", DEMO_PASSWORD);
        browser.waitForText(By.id("user-name"), "批处理作业员（TJ）");
        browser.menu("批处理作业");
        // No job timers on the test server (it/pom.xml), so the timetable reads as switched off.
        browser.waitForText(By.id("schedule-licence-expiry"), "不自动运行");

        browser.type(By.id(START + ":date"), "2026-13-01");
        browser.click(By.id(START + ":start"));
        browser.waitForText(By.id(START), "日期“2026-13-01”无效");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        browser.type(By.id(START + ":date"), today);
        browser.click(By.id(START + ":start"));
        browser.waitForText(By.id("messages"), "许可证过期已启动");
        Matcher started = Pattern.compile("执行号 (\\d+)").matcher(browser.text(By.id("messages")));
        assertTrue(started.find(), browser.text(By.id("messages")));
        String execution = started.group(1);

        // The table reads itself again while the run goes on.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the poll re-renders the row
                .until(d -> browser.find(cell(execution, "status"))
                        .map(e -> e.getText().equals("已完成"))
                        .orElse(false));
        assertEquals("date=" + today, browser.text(cell(execution, "parameters")));
        String read = browser.text(cell(execution, "read"));
        assertEquals(read, browser.text(cell(execution, "write")), "every licence read is written");
        assertEquals("0/0/0", browser.text(cell(execution, "skip")));
        // The writer counts what it expired; a run that found nothing due never wrote.
        String exitStatus = browser.text(cell(execution, "exitStatus"));
        assertEquals(read.equals("0") && exitStatus.equals("COMPLETED") ? "COMPLETED" : "EXPIRED " + read, exitStatus);
        browser.screenshot("batch-jobs");

        browser.click(cell(execution, "report"));
        browser.waitForTitle("许可证过期报告");
        assertEquals(read, browser.text(By.id("total")));
        int rows = Integer.parseInt(read) == 0
                ? 0
                : browser.firstColumn("list:table_data").size();
        assertEquals(Math.min(Integer.parseInt(read), 20), rows);

        browser.click(By.id("list:download"));
        Path xlsx = browser.waitForDownload(downloads, ".xlsx");
        assertTrue(xlsx.getFileName().toString().startsWith("许可证过期-"), xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("许可证过期报告", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    read, book.getSheetAt(0).getRow(2).getCell(1).toString().replace(".0", ""));
        }
    }

    @Test
    void officersWithoutTheRoleSeeTheEntryGrey() {
        browser.signIn("first-tj", DEMO_PASSWORD);
        browser.waitForText(By.id("user-name"), "初审经办人（TJ）");
        assertTrue(browser.find(By.xpath("//a[contains(@class,'ui-state-disabled') and normalize-space(.)='批处理作业']"))
                .isPresent());
    }
}
