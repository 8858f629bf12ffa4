package vn.cchc.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, both named by path so that Selenium never looks for
 * or downloads a browser. It records every request the pages make (Chrome's performance log), so a test can check
 * that none left the machine, and saves screenshots for review.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<String> requested = new ArrayList<>();
    private final List<String> requestHeaders = new ArrayList<>();
    private final Map<String, Exchange> exchanges = new LinkedHashMap<>();

    /**
     * A request a page sent, by DevTools' request id: its method, URL and whether it had a body; the headers as they
     * went over the network (the browser's cache adds If-None-Match there, not in the page's request); and the status
     * that came back over the network (304 when the browser's copy was still good; 0 until an answer came).
     */
    static final class Exchange {
        String method;
        String url;
        boolean body;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int status;

        @Override
        public String toString() {
            return method + " " + url + " " + status + " " + headers;
        }
    }

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("cchc-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("cchc.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,1800", "--lang=vi",
                    // Chromium refuses some ports outright (10080 among them, ERR_UNSAFE_PORT); the tests' port may be one
                    "--explicitly-allowed-ports=" + System.getProperty("cchc.it.http.port"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("cchc.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            return new Browser(profile, service, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(URI page) {
        driver.get(page.toString());
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    WebElement find(String css) {
        return await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /**
     * Clicks a button and gives the text of another element once it has changed (the page re-renders after the click,
     * not within it); after the wait, the text it still shows, for the assertion that follows to report.
     */
    String clickAndAwaitNewText(String button, String css) {
        String before = find(css).getText();
        find(button).click();
        try {
            return await(d -> {
                String now = find(css).getText();
                return now.equals(before) ? null : now;
            });
        } catch (TimeoutException e) {
            return find(css).getText();
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Sends a DevTools command, e.g. to print the page as it would print. */
    Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /**
     * Signs in as a development user through the page's own sign-in box, as a person would, and waits until the page
     * says who is signed in. The sign-in lasts as long as the tab (sessionStorage).
     */
    void signIn(String user) {
        find("#sign-in input[type='text']").sendKeys(user);
        find("#sign-in input[type='password']").sendKeys(GraphQLClient.password(user));
        find("#sign-in button").click();
        assertThat(find(".signed-in").getText()).endsWith(user);
    }

    /** Forgets who signed in, so that the next page starts anonymous. */
    void forgetSignIn() {
        script("sessionStorage.clear()");
    }

    /** The raw value a table cell or figure carries (data-value), as shown numbers are formatted for the language. */
    static String valueOf(WebElement element) {
        return element.getAttribute("data-value");
    }

    /**
     * Runs axe-core (from the npm registry, in the frontend's node_modules) on the page as it is now and fails on any
     * serious or critical violation of WCAG 2 A/AA, listing each rule with the elements it found.
     */
    void assertAccessible(String page) {
        try {
            script(Files.readString(Path.of(System.getProperty("cchc.axe", "src/main/frontend/node_modules/axe-core/axe.min.js"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then((r) => done(r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
                    .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))
                  .catch((e) => done(['axe failed: ' + e]));""");
        assertThat((List<?>) found).as("serious or critical accessibility violations on %s", page).isEmpty();
    }

    void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("cchc.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL the pages requested since the browser started (the performance log is read once per entry). */
    List<String> requests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = Json.createReader(new StringReader(entry.getMessage())).readObject().getJsonObject("message");
            JsonObject params = message.getJsonObject("params");
            switch (message.getString("method")) {
                case "Network.requestWillBeSent" -> {
                    JsonObject request = params.getJsonObject("request");
                    requested.add(request.getString("url"));
                    requestHeaders.add(request.getString("url") + " " + request.getJsonObject("headers"));
                    Exchange exchange = exchange(params);
                    exchange.method = request.getString("method");
                    exchange.url = request.getString("url");
                    exchange.body = request.getBoolean("hasPostData", false);
                    request.getJsonObject("headers").forEach((name, value) -> exchange.headers.putIfAbsent(name, text(value)));
                }
                case "Network.requestWillBeSentExtraInfo" ->
                        params.getJsonObject("headers").forEach((name, value) -> exchange(params).headers.put(name, text(value)));
                case "Network.responseReceivedExtraInfo" -> exchange(params).status = params.getInt("statusCode");
                default -> { }
            }
        }
        return List.copyOf(requested);
    }

    private Exchange exchange(JsonObject params) {
        return exchanges.computeIfAbsent(params.getString("requestId"), id -> new Exchange());
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** The requests the pages sent since the browser started, in the order they were sent. */
    List<Exchange> exchanges() {
        requests();
        return exchanges.values().stream().filter(e -> e.url != null).toList();
    }

    /** Each request as "URL {headers}", for what the pages send along. */
    List<String> requestsWithHeaders() {
        requests();
        return List.copyOf(requestHeaders);
    }

    /**
     * Nothing the pages loaded or sent went beyond this machine: everything came from the application itself, or from
     * the browser's own built-in pages (chrome://, its first empty tab).
     */
    void assertNoRequestLeftLocalhost() {
        assertThat(requests()).as("requests made by the pages").isNotEmpty()
                .anySatisfy(url -> assertThat(url).matches(".*/graphql(\\?.*)?")) // queries by GET carry parameters
                .allSatisfy(url -> assertThat(url).matches(
                        "(https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?/.*|data:.*|blob:.*|about:.*|chrome://.*)"));
    }

    /** Errors the pages' scripts wrote to the console. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
