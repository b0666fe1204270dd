package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of the server under its strict Content-Security-Policy (script-src 'self', no inline script):
 * loaded and used in a real Chromium, with a listener for policy violations installed before any page script.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestBase {

    @BeforeAll
    void recordViolations() {
        // runs in every new document before the page's own scripts (DevTools scripts are not subject to the CSP)
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) =>"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile"
                        + " + ':' + e.lineNumber));"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.js("return window.__csp || ['listener missing'];");
    }

    private void assertClean() {
        assertThat(violations()).as("CSP violations").isEmpty();
        // a page for a track that does not exist logs Chromium's line for each 404 it provokes; nothing else
        assertThat(browser.consoleErrors()).as("console errors").noneMatch(m -> m.contains("Content Security Policy"))
                .allMatch(m -> m.contains("/api/tracks/999999/") && m.endsWith("status of 404 (Not Found)"));
    }

    @Test
    void everyPageLoadsAndWorksWithoutAViolation() {
        long demo = demoTrackId();
        for (String page : List.of("/", "/index.html", "/?track=" + demo, "/?track=" + demo + "&t=2023-09-11T12:00:00Z",
                "/?track=999999")) {
            browser.openAndWait(url(page));
            browser.waitUntilSettled();
            assertClean();
        }

        // use the page: popups, the history dialog, the layers control, the rail overlay, the time controls
        browser.openAndWait(url("/?track=" + demo));
        browser.waitUntilSettled();
        browser.click(browser.all("#sighting-list li[data-sighting-id]").get(0).findElement(By.xpath(".//button[text()='Show']")));
        browser.waitFor(By.cssSelector(".leaflet-popup .sighting-popup"));
        browser.click(browser.all("#sighting-list li[data-sighting-id]").get(0).findElement(By.xpath(".//button[text()='History']")));
        WebElement dialog = browser.waitFor(By.id("history-dialog"));
        browser.waitUpTo(10).until(d -> !dialog.findElements(By.cssSelector("li[data-revision]")).isEmpty());
        dialog.findElement(By.cssSelector("[data-role=close]")).click();
        for (WebElement box : browser.all(".leaflet-control-layers-overlays input")) {
            browser.js("arguments[0].click();", box);
        }
        browser.driver.findElement(By.id("next")).click();
        browser.driver.findElement(By.id("prev")).click();
        assertClean();
    }

    @Test
    void theShippedHtmlHasNoInlineScriptOrHandler() {
        browser.openAndWait(url("/"));
        assertThat(browser.all("script:not([src])")).as("inline <script> blocks").isEmpty();
        Object handlers = browser.js("return [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes]"
                + ".filter((a) => a.name.startsWith('on')).map((a) => e.tagName + ' ' + a.name));");
        assertThat((List<?>) handlers).as("inline event handlers").isEmpty();
    }

    @Test
    void anInjectedInlineScriptIsBlocked() {
        browser.openAndWait(url("/"));
        browser.js("const s = document.createElement('script'); s.textContent = 'window.__injected = 1;';"
                + " document.body.append(s);"
                + " const img = document.createElement('img'); img.setAttribute('onerror', 'window.__injected = 2;');"
                + " img.src = '/no-such-image.png'; document.body.append(img);");
        browser.waitUpTo(5).until(d -> violations().size() >= 2);
        assertThat(browser.js("return window.__injected === undefined;")).isEqualTo(true);
        assertThat(violations()).allMatch(v -> v.startsWith("script-src"));
        browser.clearConsole(); // the provoked violations and the 404 of the image
    }
}
