package org.exportlicence.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), driven by visible labels
 * where the page has them. Keeps a screenshot of the page under target/screenshots when a test fails.
 */
public final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path downloads;

    public Browser(URL base) {
        this(base, null);
    }

    /**
     * A browser holding an e-key: its own HOME whose NSS database (where Chromium on Linux keeps client
     * certificates and extra trust anchors) trusts the e-key CA and holds the PKCS#12 file, if any, and
     * the preference behind Chromium's AutoSelectCertificateForUrls policy, so that it presents the key
     * to {@code base}'s origin without the certificate dialog (headless, that dialog would wait forever).
     */
    public static Browser withEkey(URL base, Path caCertificate, Path pkcs12, String password) {
        try {
            Path home = Files.createTempDirectory(Path.of("target", "downloads").toAbsolutePath(), "home-")
                    .toRealPath();
            Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
            String db = "sql:" + nss;
            run("certutil", "-N", "-d", db, "--empty-password");
            run("certutil", "-A", "-d", db, "-n", "elp-ekey-ca", "-t", "C,,", "-i", caCertificate.toString());
            if (pkcs12 != null) {
                run("pk12util", "-i", pkcs12.toString(), "-d", db, "-W", password, "-K", "");
            }
            return new Browser(base, home);
        } catch (IOException e) {
            throw new IllegalStateException("No NSS database for the browser", e);
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private Browser(URL base, Path home) {
        try {
            Files.createDirectories(Path.of("target", "downloads"));
            this.downloads = Files.createTempDirectory(Path.of("target", "downloads"), "browser-")
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("No download directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=zh-CN");
        // The console log, where Chromium reports scripts the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        // Downloads (an export) go to a directory of this browser's own, without asking.
        java.util.Map<String, Object> prefs = new java.util.HashMap<>(java.util.Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")));
        if (home != null) {
            service.withEnvironment(java.util.Map.of("HOME", home.toString()));
            options.addArguments("--user-data-dir=" + home.resolve("profile"));
            String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
            prefs.put(
                    "profile",
                    java.util.Map.of(
                            "content_settings",
                            java.util.Map.of(
                                    "exceptions",
                                    java.util.Map.of(
                                            "auto_select_certificate",
                                            java.util.Map.of(
                                                    origin + ",*",
                                                    java.util.Map.of(
                                                            "setting",
                                                            java.util.Map.of(
                                                                    "filters", List.of(java.util.Map.of()))))))));
        }
        options.setExperimentalOption("prefs", prefs);
        this.driver = new ChromeDriver(service.build(), options);
        if (home != null) {
            // A certificate dialog that no preference answers would hold the page for ever: fail instead.
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:submit")).click();
    }

    public void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces what a field holds the way a user does, select all and type: a date picker puts its value back
     * after {@link WebElement#clear()}.
     */
    public void retype(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    public void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks a menu entry by its label. */
    public void menu(String label) {
        click(By.xpath("//div[@id='menuForm:menu']//a[normalize-space(.)='" + label + "']"));
        waitForTitle(label);
    }

    public void waitForTitle(String title) {
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), title));
    }

    public void waitForText(By element, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** Waits until an element no longer shows a text; a re-render in between (a stale element) is not "gone". */
    public void waitForTextGone(By element, String text) {
        wait.until(d -> {
            try {
                return !d.findElement(element).getText().contains(text);
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The text of a visible element; an element re-rendered between finding and reading it is found again. */
    public String text(By element) {
        return wait.until(d -> {
            try {
                WebElement found = d.findElement(element);
                return found.isDisplayed() ? found.getText() : null;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null;
            }
        });
    }

    /** The cell texts of the first column of a data table's rows (tbody id: "form:table_data"). */
    public List<String> firstColumn(String tableId) {
        return wait.until(d -> {
            try {
                return d.findElements(By.cssSelector("tbody[id='" + tableId + "'] > tr > td:first-child")).stream()
                        .map(WebElement::getText)
                        .toList();
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Waits until an Ajax update has left the first column of a table showing exactly these cells. */
    public void waitForFirstColumn(String tableId, List<String> expected) {
        try {
            wait.until(d -> expected.equals(firstColumn(tableId)));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "First column of " + tableId + ": expected " + expected + " but was " + firstColumn(tableId), e);
        }
    }

    /**
     * Picks an entry of a PrimeFaces selectOneMenu by part of its label, through the widget's own
     * client API (clicking into its animated overlay proved unreliable headless); the widget then
     * behaves exactly as after a click, change events included.
     */
    public void selectOne(String menuId, String labelPart) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        Object chosen = ((JavascriptExecutor) driver)
                .executeScript(
                        "var id = arguments[0], part = arguments[1];"
                                + "var select = document.getElementById(id + '_input');"
                                + "for (var i = 0; i < select.options.length; i++) {"
                                + "  if (select.options[i].text.indexOf(part) >= 0) {"
                                + "    PrimeFaces.getWidgetById(id).selectValue(select.options[i].value); return true; } }"
                                + "return false;",
                        menuId,
                        labelPart);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("No entry containing '" + labelPart + "' in " + menuId);
        }
        waitForText(By.id(menuId + "_label"), labelPart);
    }

    /** Types into a PrimeFaces autoComplete and picks the suggestion that contains a text. */
    public void autoComplete(String inputId, String text, String suggestionPart) {
        type(By.id(inputId + "_input"), text);
        click(By.xpath("//*[@id='" + inputId + "_panel']//li[contains(normalize-space(.), '" + suggestionPart + "')]"));
    }

    /** A button in the table row whose cells contain a text (e.g. an application number). */
    public By rowButton(String tableId, String rowText, String buttonIdSuffix) {
        return By.xpath("//*[@id='" + tableId + "']//tr[td[contains(normalize-space(.), '" + rowText + "')]]"
                + "//*[self::button or self::a][contains(@id, '" + buttonIdSuffix + "')]");
    }

    /** Signs the current user out through the header's button. */
    public void signOut() {
        click(By.id("headerForm:logout"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    public Optional<WebElement> find(By element) {
        return driver.findElements(element).stream().findFirst();
    }

    /** The console messages since the last call (Chromium hands each out once). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Waits for a download named {@code prefix}...{@code suffix} to be complete; returns the file. */
    public Path waitForDownload(String prefix, String suffix) {
        try {
            return wait.until(d -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                                    && f.getFileName().toString().endsWith(suffix))
                            .findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("No " + prefix + "*" + suffix + " downloaded into " + downloads, e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
        }
    }

    /**
     * Downloads (statistics exports): lets the headless browser save files into {@code directory}
     * (Chrome DevTools command Browser.setDownloadBehavior; headless Chromium refuses downloads otherwise).
     */
    public void allowDownloadsInto(Path directory) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                directory.toAbsolutePath().toString()));
    }

    /** Waits for a finished download in {@code directory} whose name ends with {@code suffix}. */
    public Path waitForDownload(Path directory, String suffix) {
        // Complete only when Chromium has renamed its .crdownload and the file has content: on a busy
        // machine the final name can show up empty for a moment.
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(directory)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path f : all) {
                    if (f.getFileName().toString().endsWith(suffix) && Files.size(f) > 0) {
                        return f;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** JUnit extension: a failed test leaves a screenshot named after it. */
    public static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        // Runs before @AfterEach, while the browser is still open.
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            context.getTestInstance()
                    .filter(BrowserTest.class::isInstance)
                    .map(BrowserTest.class::cast)
                    .map(BrowserTest::browser)
                    .ifPresent(b -> b.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName()));
        }
    }

    /** A test class that drives a browser. */
    public interface BrowserTest {
        Browser browser();
    }
}
