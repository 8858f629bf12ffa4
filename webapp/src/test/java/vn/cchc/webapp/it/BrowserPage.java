package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A page of the application in headless Chromium: one browser for the test class, and after every test no request
 * left the machine, no script failed and no one stays signed in.
 */
abstract class BrowserPage extends DeployedApplication {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        browser.close();
    }

    @AfterEach
    void nothingLeftTheMachineAndNoScriptFailed() {
        browser.forgetSignIn(); // first, so that a failed check leaves no one signed in for the next test
        browser.assertNoRequestLeftLocalhost();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
