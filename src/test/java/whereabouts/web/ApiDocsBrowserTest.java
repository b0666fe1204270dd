package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** /api/docs: Swagger UI from its webjar over /api/openapi.json, offline and without console errors. */
class ApiDocsBrowserTest extends BrowserTestBase {

    @Test
    void swaggerUiShowsEveryOperationOfflineWithoutConsoleErrors() throws IOException {
        browser.forgetRequests();
        browser.driver.get(url("/api/docs"));
        browser.waitUpTo(20).until(d -> "ready".equals(d.findElement(By.id("swagger-ui")).getAttribute("data-state")));
        int operations = 0;
        for (var item : api.get("/api/openapi.json").get("paths")) {
            for (var it = item.fieldNames(); it.hasNext(); ) {
                if (!it.next().equals("parameters")) {
                    operations++;
                }
            }
        }
        int expected = operations;
        browser.waitUpTo(10).until(d -> d.findElements(By.cssSelector(".opblock")).size() == expected);
        assertThat(browser.driver.findElement(By.cssSelector(".info .title")).getText()).contains("Whereabouts API");
        assertThat(browser.all(".opblock-summary-path")).anySatisfy(p -> assertThat(p.getText()).contains("/api/labels"));

        Path dir = Path.of(System.getProperty("whereabouts.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("api-docs-1280.png"), browser.screenshot());

        // opening an operation shows its parameters and the documented error example
        browser.driver.findElement(By.cssSelector("#operations-places-labels .opblock-summary")).click();
        browser.waitFor(By.cssSelector("#operations-places-labels .parameters"));
        assertThat(browser.driver.findElement(By.cssSelector("#operations-places-labels")).getText())
                .contains("bbox", "zoom", "script", "400");

        assertThat(browser.requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(Browser.isLocal(u)).as(u).isTrue());
        assertNoConsoleErrors(browser);
    }
}
