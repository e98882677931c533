package org.exportlicence.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test against the EAR as built: a fresh headless Chromium per test, closed afterwards,
 * with a screenshot under target/screenshots when the test fails. It runs as a client of the suite's
 * one deployment (SuiteDeployment), as users do.
 */
@RunAsClient
@ExtendWith({ArquillianExtension.class, Browser.ScreenshotOnFailure.class})
public abstract class BrowserTestCase implements Browser.BrowserTest {
    protected static final String DEMO_PASSWORD = "Demo@2026";

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeEach
    protected void openBrowser() {
        browser = new Browser(Deployments.platform(base));
    }

    @AfterEach
    protected void closeBrowser() {
        browser.close();
    }
}
