package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import whereabouts.CliRun;
import whereabouts.config.SecurityConfig;

/** The map page of a server with sign-in on: the sign-in form, the signed-in name, controls by role. */
class SignInBrowserTest extends BrowserTestBase {

    @Override
    SecurityConfig security() {
        return SecurityConfig.defaults().withAuth(true, false);
    }

    @BeforeAll
    void users() {
        addUser("alice", "editor", "alice's password");
        addUser("victor", "viewer", "victor's password");
    }

    private void addUser(String name, String role, String password) {
        CliRun r = CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), password + "\n",
                "user", "add", name, "--role", role);
        assertThat(r.code()).as(r.err()).isZero();
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void signIn(String name, String password) {
        browser.openAndWait(url("/"));
        browser.waitFor(By.id("sign-in-form"));
        byId("sign-in-name").sendKeys(name);
        byId("sign-in-password").sendKeys(password);
        byId("sign-in-form").findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void signOutIfSignedIn() {
        browser.openAndWait(url("/"));
        if (byId("signed-in").isDisplayed()) {
            byId("sign-out").click();
            browser.waitFor(By.id("sign-in-form"));
            browser.waitUntilReady();
        }
    }

    @Test
    void signedOutThePageOffersOnlyTheSignInForm() {
        signOutIfSignedIn();
        assertThat(byId("sign-in-form").isDisplayed()).isTrue();
        assertThat(byId("signed-in").isDisplayed()).isFalse();
        assertThat(byId("sighting-form").isDisplayed()).isFalse();
        assertThat(browser.all("#sighting-list li[data-sighting-id]")).isEmpty();
        assertThat(byId("notice").getText()).isEqualTo("Sign in to see the tracks.");
        assertNoConsoleErrors(browser);
    }

    @Test
    void aWrongPasswordIsSaidInTheForm() {
        signOutIfSignedIn();
        browser.clearConsole();
        signIn("alice", "not her password");
        WebElement error = browser.waitFor(By.cssSelector("#sign-in-form [data-role=error]"));
        assertThat(error.getText()).isEqualTo("Wrong user name or password.");
        assertThat(consoleErrors(browser)).singleElement().asString().endsWith("/api/session - Failed to load resource:"
                + " the server responded with a status of 401 (Unauthorized)");
    }

    @Test
    void aViewerSeesTheTracksButNoEditingControls() {
        signOutIfSignedIn();
        signIn("victor", "victor's password");
        browser.waitFor(By.id("signed-in"));
        browser.waitUntilReady();
        assertThat(byId("signed-in-name").getText()).isEqualTo("victor (viewer)");
        assertThat(byId("sign-in-form").isDisplayed()).isFalse();
        browser.waitUpTo(10).until(d -> browser.all("#sighting-list li[data-sighting-id]").size() >= 3);
        assertThat(byId("sighting-form").isDisplayed()).isFalse();
        WebElement item = browser.all("#sighting-list li[data-sighting-id]").get(0);
        assertThat(item.findElements(By.xpath(".//button[text()='Edit' or text()='Delete']"))).isEmpty();
        assertThat(item.findElements(By.xpath(".//button[text()='History']"))).hasSize(1);
        assertNoConsoleErrors(browser);
    }

    @Test
    void anEditorAddsASightingAndTheHistoryNamesThem() {
        signOutIfSignedIn();
        signIn("alice", "alice's password");
        browser.waitFor(By.id("signed-in"));
        browser.waitUntilReady();
        assertThat(byId("signed-in-name").getText()).isEqualTo("alice (editor)");
        browser.waitUpTo(10).until(d -> browser.all("#sighting-list li[data-sighting-id]").size() >= 3);
        assertThat(byId("sighting-form").isDisplayed()).isTrue();
        assertThat(browser.all("#sighting-list li[data-sighting-id]").get(0)
                .findElements(By.xpath(".//button[text()='Edit' or text()='Delete']"))).hasSize(2);

        SightingFormPage form = new SightingFormPage(browser);
        form.fill("observedAt", "2023-09-12T14:00+10:00", "lat", "43.8", "lon", "131.95", "source", "RIA Novosti");
        form.submit();
        browser.waitUpTo(10).until(d -> form.listItems().stream().anyMatch(li -> li.getText().contains("RIA Novosti")));
        WebElement added = form.listItems().stream().filter(li -> li.getText().contains("RIA Novosti")).findFirst()
                .orElseThrow();
        browser.click(added.findElement(By.xpath(".//button[text()='History']")));
        WebElement dialog = browser.waitFor(By.id("history-dialog"));
        browser.waitUpTo(10).until(d -> !dialog.findElements(By.cssSelector("li[data-revision]")).isEmpty());
        assertThat(dialog.findElement(By.cssSelector("li[data-revision] h3")).getText())
                .startsWith("Revision 1: created by alice, recorded");
        dialog.findElement(By.cssSelector("[data-role=close]")).click();
        assertNoConsoleErrors(browser);
    }
}
