package org.exportlicence.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.it.application.ApplicationUiIT;
import org.exportlicence.it.licence.LicenceUiIT;
import org.exportlicence.it.support.BrowserTestCase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens as a new user meets them (issue 11): every list fits a 1280 and a 1920 px window in
 * Chinese and English with every column header readable; a required message names its field; the
 * country list filters as one types and stays short; the deletion entry names the licence number once;
 * the first reviewer who opens the 复审 of an application is told why there is nothing to decide.
 */
@RunAsClient
class ScreensUiIT extends BrowserTestCase {
    private static final int[] WIDTHS = {1280, 1920};
    private static final List<String> CLERK_LISTS = List.of(
            "application/submit-list.xhtml",
            "application/pending-list.xhtml",
            "application/rejected-list.xhtml",
            "application/print-list.xhtml?printed=false",
            "application/print-list.xhtml?printed=true",
            "licence/list.xhtml",
            "returns/manage.xhtml?kind=deletion",
            "returns/manage.xhtml?kind=writeoff",
            "returns/query.xhtml?kind=deletion",
            "returns/query.xhtml?kind=writeoff",
            "reference/commodities.xhtml",
            "reference/trade-modes.xhtml",
            "reference/countries.xhtml",
            "reference/payment-methods.xhtml",
            "reference/ports.xhtml",
            "reference/transport-modes.xhtml",
            "reference/currencies.xhtml",
            "reference/issuing-authorities.xhtml");
    private static final List<String> FIRST_REVIEWER_LISTS = List.of(
            "application/first-review.xhtml",
            "application/withdrawal-review.xhtml",
            "returns/review-queue.xhtml?kind=deletion",
            "returns/review-queue.xhtml?kind=writeoff",
            "customs/errors.xhtml",
            "licence/list.xhtml");
    /**
     * Lists with more columns than a 1280 px window holds side by side (the licence list has 12 or 13,
     * the write-off query 10): there the table scrolls sideways in its own box, the page does not.
     * Every other table must fit; these must fit at 1920 px.
     */
    private static final List<String> WIDE_AT_1280 = List.of("licence/list.xhtml", "returns/query.xhtml?kind=writeoff");

    private static final List<String> SECOND_REVIEWER_LISTS =
            List.of("application/second-review.xhtml", "licence/issue-queue.xhtml");

    /**
     * What is wrong with the page's layout, in words: the page wider than the window, a table wider
     * than its place (scrolling sideways), or a column header (other than a selection box) without
     * width, without text, or with its text spilling out.
     */
    private static final String LAYOUT_PROBLEMS = """
            var problems = [];
            var d = document.documentElement;
            if (d.scrollWidth > window.innerWidth) {
              problems.push('page ' + d.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
            }
            document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (wrapper) {
              if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
                problems.push('table ' + wrapper.scrollWidth + ' px wide in ' + wrapper.clientWidth + ' px');
              }
            });
            document.querySelectorAll('.ui-datatable thead th').forEach(function (th) {
              if (th.offsetParent === null || th.classList.contains('ui-selection-column')) { return; }
              var title = th.querySelector('.ui-column-title');
              var text = title ? title.innerText.trim() : '';
              var box = th.getBoundingClientRect();
              var words = title ? title.getBoundingClientRect() : null;
              if (box.width <= 0) { problems.push('header "' + text + '" has no width'); }
              else if (text === '') { problems.push('a header without text'); }
              else if (words.width <= 0 || words.left < box.left - 1 || words.right > box.right + 1) {
                problems.push('header "' + text + '" (' + Math.round(words.width) + ' px) spills out of its '
                    + Math.round(box.width) + ' px column');
              }
            });
            return problems;""";

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** Switches the language through the header's link (a full page reload), if not already in it. */
    private void language(String lang) {
        String link = "headerForm:lang-" + lang;
        if (browser.find(By.id(link)).isPresent()) {
            browser.click(By.id(link));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.id("headerForm:lang-" + ("en".equals(lang) ? "zh" : "en"))));
        }
    }

    /** Opens each list at each width in both languages and collects every layout problem found. */
    private void checkLists(List<String> pages, List<String> problems) {
        for (String lang : List.of("zh", "en")) {
            browser.open(pages.get(0));
            language(lang);
            for (String page : pages) {
                for (int width : WIDTHS) {
                    browser.driver().manage().window().setSize(new Dimension(width, 900));
                    browser.open(page);
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                            .until(ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector(".ui-datatable thead th")));
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) js().executeScript(LAYOUT_PROBLEMS);
                    for (String problem : found) {
                        if (width == WIDTHS[0] && WIDE_AT_1280.contains(page) && problem.startsWith("table ")) {
                            continue;
                        }
                        problems.add(lang + " " + width + " px " + page + ": " + problem);
                    }
                    if (width == WIDTHS[0] || !found.isEmpty()) {
                        browser.screenshot("list-" + lang + "-" + width + "-" + page.replaceAll("[/?=.]+", "_"));
                    }
                }
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        language("zh");
    }

    @Test
    void everyListFitsTheWindowAndShowsEveryHeaderInBothLanguages() {
        List<String> problems = new ArrayList<>();
        browser.signIn("hualiang", DEMO_PASSWORD);
        // Rows to lay out: one application saved, one submitted.
        ApplicationUiIT.enterRiceApplication(browser);
        String submitted = ApplicationUiIT.enterRiceApplication(browser);
        ApplicationUiIT.submit(browser, submitted);
        checkLists(CLERK_LISTS, problems);
        browser.signOut();

        browser.signIn("first-tj", DEMO_PASSWORD);
        checkLists(FIRST_REVIEWER_LISTS, problems);
        browser.signOut();

        browser.signIn("second-tj", DEMO_PASSWORD);
        checkLists(SECOND_REVIEWER_LISTS, problems);
        assertEquals(List.of(), problems);
    }

    /** The text beside an input: the table cell that holds it, where p:message shows a refusal. */
    private String besides(String inputId) {
        return browser.text(By.xpath("//*[@id='" + inputId + "']/ancestor::td[1]"));
    }

    private void stepOne() {
        browser.menu("录入申请");
        browser.autoComplete("entry:commodity", "10063020", "10063020");
        browser.autoComplete("entry:port", "0200", "天津");
        browser.click(By.id("entry:next"));
        browser.waitForText(By.id("entry:exporterName"), "天津华粮进出口有限公司");
    }

    @Test
    void aRequiredMessageNamesItsFieldInBothLanguages() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("录入申请");
        browser.click(By.id("entry:next"));
        browser.waitForText(By.xpath("//*[@id='entry:commodity']/ancestor::td[1]"), "请填写商品代码。");

        stepOne();
        browser.click(By.id("entry:saveAndSeal"));
        browser.waitForText(By.xpath("//*[@id='entry:contractNo']/ancestor::td[1]"), "请填写合同号。");
        assertTrue(besides("entry:countryCode").contains("请选择进口国（地区）。"), besides("entry:countryCode"));
        assertTrue(besides("entry:quantity").contains("请填写数量。"), besides("entry:quantity"));
        assertTrue(browser.find(By.xpath("//*[contains(text(), '此项为必填项')]")).isEmpty());
        browser.screenshot("required-zh");

        language("en");
        browser.click(By.id("entry:saveAndSeal"));
        browser.waitForText(By.xpath("//*[@id='entry:contractNo']/ancestor::td[1]"), "Contract No. is required.");
        assertTrue(
                besides("entry:countryCode").contains("Country/Region of purchase is required."),
                besides("entry:countryCode"));
        assertTrue(browser.find(By.xpath("//*[contains(text(), 'This field is required')]"))
                .isEmpty());
        browser.screenshot("required-en");
    }

    /** The entries of the country list a user can see now. */
    private List<String> visibleCountries() {
        return browser
                .driver()
                .findElements(By.cssSelector("[id='entry:countryCode_panel'] li.ui-selectonemenu-item"))
                .stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void typingInTheCountryListNarrowsItAndTheOpenListStaysShort() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        stepOne();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        browser.click(By.id("entry:countryCode"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:countryCode_filter")));
        int all = browser.driver()
                .findElements(By.cssSelector("[id='entry:countryCode_panel'] li.ui-selectonemenu-item"))
                .size();
        assertTrue(all > 100, "countries: " + all);
        // Open, the list is short (the filter and five entries): it hides a few rows of the form at most.
        long height = ((Number)
                        js().executeScript(
                                        "return document.getElementById('entry:countryCode_panel').getBoundingClientRect().height;"))
                .longValue();
        assertTrue(height <= 260, "open country list " + height + " px high");
        browser.screenshot("country-open");

        browser.driver().findElement(By.id("entry:countryCode_filter")).sendKeys("日本");
        wait.until(d -> visibleCountries().size() == 1);
        assertTrue(visibleCountries().get(0).contains("日本"), visibleCountries().toString());
        browser.screenshot("country-filtered");
        WebElement japan = browser
                .driver()
                .findElements(By.cssSelector("[id='entry:countryCode_panel'] li.ui-selectonemenu-item"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow();
        js().executeScript("arguments[0].click();", japan);
        browser.waitForText(By.id("entry:countryCode_label"), "日本");
        // Chosen, the list is gone and 付款方式 is there to click, covered by nothing.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entry:countryCode_panel")));
        Object onTop = js().executeScript("var e = document.getElementById('entry:paymentMethodCode');"
                + "e.scrollIntoView({block: 'center'});"
                + "var r = e.getBoundingClientRect();"
                + "return e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));");
        assertEquals(Boolean.TRUE, onTop);

        // By code as well.
        browser.click(By.id("entry:countryCode"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:countryCode_filter")));
        // The filter keeps what was typed before: select it all and type over it.
        browser.driver()
                .findElement(By.id("entry:countryCode_filter"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "116");
        wait.until(d -> visibleCountries().size() >= 1
                && visibleCountries().size() < 10
                && visibleCountries().stream().anyMatch(c -> c.contains("日本")));
    }

    @Test
    void theDeletionEntryNamesTheLicenceNumberOnce() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        browser.menu("许可证删除申请");
        browser.screenshot("deletion-entry");
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.xpath("//main//*[text()[contains(., '许可证号')]]"))
                        .size());
        browser.click(By.id("entry:readIn"));
        browser.waitForText(By.xpath("//*[@id='entry:licenceNo']/ancestor::td[1]"), "请填写许可证号。");
    }

    @Test
    void theFirstReviewerIsToldWhyThereIsNoSecondReviewForThem() {
        browser.signIn("hualiang", DEMO_PASSWORD);
        String number = ApplicationUiIT.enterRiceApplication(browser);
        ApplicationUiIT.submit(browser, number);
        browser.signOut();

        browser.signIn("first-tj", DEMO_PASSWORD);
        LicenceUiIT.decide(browser, "初审", number);
        browser.open("application/review.xhtml?number=" + number + "&queue=second");
        browser.waitForText(By.id("decision:undecidable"), "您已完成该申请的初审，不能再进行复审。");
        assertTrue(browser.find(By.id("decision:approve")).isEmpty());
        browser.screenshot("four-eyes-zh");
        language("en");
        browser.waitForText(By.id("decision:undecidable"), "You approved this application at first review");
        browser.screenshot("four-eyes-en");
    }
}
