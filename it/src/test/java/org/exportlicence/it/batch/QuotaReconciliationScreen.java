package org.exportlicence.it.batch;

import static org.exportlicence.it.batch.QuotaReconciliationUiIT.LEFT_OPEN;
import static org.exportlicence.it.batch.QuotaReconciliationUiIT.TO_CORRECT;
import static org.exportlicence.it.batch.QuotaReconciliationUiIT.TO_EXPLAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of {@link QuotaReconciliationUiIT}, kept in a class of its own so that the test
 * class, which also runs inside the server, names no Selenium type: the administrator runs 配额核对 and
 * settles the planted differences on its report; an operator reads the report without the buttons. A
 * failure leaves a screenshot.
 */
final class QuotaReconciliationScreen {
    private static final String DEMO_PASSWORD = "Demo@2026";
    private static final String START = "start-quota-reconciliation";
    private static final String RUNS = "runs-quota-reconciliation:table";

    private QuotaReconciliationScreen() {}

    /** Runs one half with a fresh browser, keeping a screenshot named after it when it fails. */
    static void in(URL platform, String name, Half half) throws Exception {
        try (Browser browser = new Browser(platform)) {
            try {
                half.check(browser);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("QuotaReconciliationUiIT-" + name);
                throw e;
            }
        }
    }

    /** One half of the screen test. */
    @FunctionalInterface
    interface Half {
        void check(Browser browser) throws Exception;
    }

    static void administratorSettles(Browser browser) throws Exception {
        Path downloads = Files.createTempDirectory("elp-reconciliation");
        browser.allowDownloadsInto(downloads);
        browser.signIn("admin", DEMO_PASSWORD);
        browser.menu("批处理作业");
        browser.waitForText(By.id("schedule-quota-reconciliation"), "不自动运行");
        browser.type(By.id(START + ":year"), "2026");
        browser.click(By.id(START + ":start"));
        browser.waitForText(By.id("messages"), "配额核对已启动");
        Matcher started = Pattern.compile("执行号 (\\d+)").matcher(browser.text(By.id("messages")));
        assertTrue(started.find(), browser.text(By.id("messages")));
        String execution = started.group(1);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class) // the poll re-renders the row
                .until(d -> browser.find(run(execution, "status"))
                        .map(e -> e.getText().equals("已完成"))
                        .orElse(false));
        String parameters = browser.text(run(execution, "parameters"));
        assertTrue(parameters.contains("year=2026"), parameters);
        // The reader's item is a page of quotas (default 20,000): this year's few fit in one.
        assertEquals("1", browser.text(run(execution, "read")), "one page read");
        assertEquals("1", browser.text(run(execution, "write")), "and written");
        String exitStatus = browser.text(run(execution, "exitStatus"));
        Matcher differences = Pattern.compile("DIFFERENCES (\\d+)").matcher(exitStatus);
        assertTrue(differences.matches(), exitStatus);
        assertTrue(Integer.parseInt(differences.group(1)) >= 3, exitStatus);

        browser.click(run(execution, "report"));
        browser.waitForTitle("配额核对报告");
        assertEquals(differences.group(1), browser.text(By.id("total")));
        assertEquals("2026", browser.text(By.id("year")));
        assertTrue(
                Integer.parseInt(browser.text(By.id("checked"))) >= Integer.parseInt(differences.group(1)),
                "quotas checked: " + browser.text(By.id("checked")));
        browser.screenshot("batch-reconciliation");

        // The planted difference: 57 recorded, 50 by its licence, shown with the licence on expanding the row.
        assertEquals("57", browser.text(difference(TO_CORRECT, "stored")));
        assertEquals("50", browser.text(difference(TO_CORRECT, "computed")));
        assertEquals("-7", browser.text(difference(TO_CORRECT, "difference")));
        assertEquals("1000", browser.text(difference(TO_CORRECT, "quotaTotal")));
        assertEquals("待处理", browser.text(difference(TO_CORRECT, "status")));
        browser.click(By.xpath(row(TO_CORRECT) + "//div[contains(@class, 'ui-row-toggler')]"));
        By licences =
                By.xpath(row(TO_CORRECT) + "/following-sibling::tr[1][contains(@class, 'ui-expanded-row-content')]");
        browser.waitForText(licences, "有效");
        assertTrue(browser.text(licences).contains("50"), browser.text(licences));
        assertTrue(
                browser.find(
                                By.xpath(
                                        row(TO_CORRECT)
                                                + "/following-sibling::tr[1]//span[contains(@id, ':licenceNo') and string-length(normalize-space(.)) > 0]"))
                        .isPresent(),
                browser.text(licences));

        // 更正, with a reason (optional).
        browser.click(difference(TO_CORRECT, "correct"));
        waitForDialog(browser);
        browser.waitForText(By.id("settling"), TO_CORRECT);
        browser.type(By.id("reasonForm:reason"), "重复扣减");
        browser.click(By.id("reasonForm:confirmSettle"));
        browser.waitForText(By.id("list:messages"), "配额 " + TO_CORRECT + " 的已用数量已更正为 50。");
        waitForDialogClosed(browser);
        browser.waitForText(difference(TO_CORRECT, "status"), "已更正");
        assertTrue(browser.text(statusCell(TO_CORRECT)).contains("重复扣减"), browser.text(statusCell(TO_CORRECT)));
        assertTrue(browser.find(difference(TO_CORRECT, "correct")).isEmpty(), "settled: no more buttons");

        // 标记已说明: refused without a reason, beside the field, the dialog staying open; then with one.
        browser.click(difference(TO_EXPLAIN, "explain"));
        waitForDialog(browser);
        browser.waitForText(By.id("settling"), TO_EXPLAIN);
        browser.click(By.id("reasonForm:confirmSettle"));
        browser.waitForText(By.id("reasonForm:reasonMessage"), "请填写原因");
        assertTrue(browser.driver().findElement(By.id("reasonDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("待处理", browser.text(difference(TO_EXPLAIN, "status")));
        browser.type(By.id("reasonForm:reason"), "配额证明已补录");
        browser.click(By.id("reasonForm:confirmSettle"));
        browser.waitForText(By.id("list:messages"), "配额 " + TO_EXPLAIN + " 的差异已标记为已说明。");
        waitForDialogClosed(browser);
        browser.waitForText(difference(TO_EXPLAIN, "status"), "已说明");
        assertTrue(browser.text(statusCell(TO_EXPLAIN)).contains("配额证明已补录"));
        assertEquals("57", browser.text(difference(TO_EXPLAIN, "stored")), "explained: left as it is");
        browser.screenshot("batch-reconciliation-settled");

        browser.click(By.id("list:download"));
        Path xlsx = browser.waitForDownload(downloads, ".xlsx");
        assertTrue(xlsx.getFileName().toString().startsWith("配额核对-"), xlsx.toString());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("配额核对报告", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertNoRefusedScript(browser);
    }

    static void operatorReads(Browser browser) {
        browser.signIn("operator-tj", DEMO_PASSWORD);
        browser.menu("批处理作业");
        browser.click(By.id(RUNS + ":0:report")); // the newest run first
        browser.waitForTitle("配额核对报告");
        assertEquals("待处理", browser.text(difference(LEFT_OPEN, "status")));
        assertEquals("已更正", browser.text(difference(TO_CORRECT, "status")));
        assertTrue(browser.find(
                        By.xpath("//*[@id='list:table']//*[contains(@id, ':correct') or contains(@id, ':explain')]"))
                .isEmpty());
        assertTrue(browser.find(By.xpath("//*[@id='list:table']//th[normalize-space(.)='操作']"))
                .isEmpty());
        assertNoRefusedScript(browser);
    }

    /** The dialog's and the row expansion's scripts ran: Chromium reported none refused by the CSP. */
    private static void assertNoRefusedScript(Browser browser) {
        List<String> refused = browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertTrue(refused.isEmpty(), "refused by the CSP: " + refused);
    }

    /** A cell (by id suffix or class) of the runs table's row of one execution. */
    private static By run(String execution, String idSuffixOrClass) {
        String row = "//tbody[@id='" + RUNS + "_data']/tr[.//span[contains(@id, ':execution') and normalize-space(.)='"
                + execution + "']]";
        return By.xpath(
                row + "//*[contains(@id, ':" + idSuffixOrClass + "') or contains(@class, '" + idSuffixOrClass + "')]");
    }

    /** The report's row of a quota document number. */
    private static String row(String documentNo) {
        return "//tbody[@id='list:table_data']/tr[.//span[contains(@id, ':documentNo') and normalize-space(.)='"
                + documentNo + "']]";
    }

    /** An element of the report's row of a quota, by its id suffix. */
    private static By difference(String documentNo, String idSuffix) {
        return By.xpath(row(documentNo) + "//*[substring(@id, string-length(@id) - string-length(':" + idSuffix
                + "') + 1) = ':" + idSuffix + "']");
    }

    private static By statusCell(String documentNo) {
        return By.xpath(row(documentNo) + "/td[.//*[substring(@id, string-length(@id) - 6) = ':status']]");
    }

    private static void waitForDialog(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reason")));
    }

    private static void waitForDialogClosed(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("reasonDialog")));
    }
}
