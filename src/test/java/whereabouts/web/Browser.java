package whereabouts.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver; Selenium Manager never runs)
 * with browser-console and performance (network) logging switched on, and a fresh profile directory.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;
    private final List<String> requestedUrls = new ArrayList<>();
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("whereabouts-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, profile);
        browser.resizeViewport(width, height);
        driver.get("about:blank");
        browser.forgetRequests(); // Chromium's own start page (chrome:// URLs) is not the page under test
        return browser;
    }

    /** Makes the page's viewport (not the window) exactly width × height CSS pixels. */
    void resizeViewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerW = (Number) js("return window.innerWidth;");
        Number innerH = (Number) js("return window.innerHeight;");
        driver.manage().window().setSize(new Dimension(2 * width - innerW.intValue(), 2 * height - innerH.intValue()));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** A wait that also retries when the page re-rendered the element it was looking at. */
    WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a page and waits until main.js has loaded the track (body[data-state=ready]). */
    void openAndWait(String url) {
        driver.get(url);
        waitUntilReady();
    }

    void waitUntilReady() {
        try {
            waitUpTo(20).until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
        } catch (TimeoutException e) {
            throw new AssertionError("page not ready; notice: '" + driver.findElement(By.id("notice")).getText()
                    + "'; console: " + console().stream().map(LogEntry::toString).toList(), e);
        }
    }

    /**
     * Waits until the page's URL contains every part: the page writes its state into the URL a little after it
     * is drawn (debounced), so a test must never read the URL right after the page became ready.
     */
    String waitForUrlContaining(String... parts) {
        try {
            waitUpTo(10).until(d -> java.util.Arrays.stream(parts).allMatch(p -> d.getCurrentUrl().contains(p)));
        } catch (TimeoutException e) {
            throw new AssertionError("URL " + driver.getCurrentUrl() + " never contained " + List.of(parts), e);
        }
        return driver.getCurrentUrl();
    }

    /** Waits until the element's text is exactly {@code expected} (texts filled in by an answer arriving later). */
    void waitForText(By by, String expected) {
        try {
            waitUpTo(10).until(d -> expected.equals(d.findElement(by).getText()));
        } catch (TimeoutException e) {
            throw new AssertionError(by + " never showed '" + expected + "'; it shows '"
                    + driver.findElement(by).getText() + "'", e);
        }
    }

    /** Waits until the page has drawn what it fetches after it is ready: the basemap and the position marker. */
    void waitUntilSettled() {
        waitUpTo(15).until(d -> "drawn".equals(d.findElement(By.id("map")).getAttribute("data-basemap"))
                && !d.findElements(By.cssSelector(".position-marker")).isEmpty()
                && !"—".equals(d.findElement(By.id("clock-utc")).getText()));
    }

    WebElement waitFor(By by) {
        return waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks an element after scrolling it to the middle of its scrolling container (a button at the very edge of
     * a scrolled panel can be covered by its own list item there).
     */
    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    /**
     * Unfolds the map's layer box (folded by default at every size since issue #25) as a user does, by pointing at
     * it, and waits until its controls ("Names in", the overlays) can be used.
     */
    void openLayerBox() {
        WebElement box = driver.findElement(By.cssSelector(".leaflet-control-layers"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(box).perform();
        waitUpTo(5).until(d -> box.getAttribute("class").contains("leaflet-control-layers-expanded"));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Console messages seen so far (all levels), kept across calls (Chrome hands each entry out once). */
    List<LogEntry> console() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    /** Forgets every console message so far (each test looks only at its own). */
    void clearConsole() {
        console();
        console.clear();
    }

    /** Console errors (SEVERE). */
    List<String> consoleErrors() {
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every URL the page requested so far (from the performance log's Network.requestWillBeSent events). */
    List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    requestedUrls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(requestedUrls);
    }

    void forgetRequests() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        requestedUrls.clear();
    }

    /** Hosts are compared as URI hosts; data: and blob: URLs have none and stay on the machine. */
    static boolean isLocal(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:")) {
            return true;
        }
        String host = URI.create(url).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp directory; the OS cleans it eventually
            }
        }
    }
}
