package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The import dialog: a CSV with two bad rows, the preview with their reasons, Confirm, the rest on the map. */
class ImportDialogBrowserTest extends BrowserTestBase {

    @Test
    void aCsvWithTwoBadRowsIsPreviewedConfirmedAndDrawn(@TempDir Path tmp) throws Exception {
        long track = api.createTrack("Imported from a spreadsheet");
        Path csv = tmp.resolve("reports.csv");
        Files.writeString(csv, """
                time,lat,lon,place,notes
                2023-09-10T15:00+09:00,39.0339,125.7543,Pyongyang,departure
                2023-09-11 06:30,41.7956,129.7757,Chongjin,no offset
                2023-09-12T03:10+09:00,42.428,130.6452,Khasan,<b>crossed</b>
                2023-09-12T05:00+09:00,95.0,131.0,,latitude out of range
                2023/09/12 09:40:00+10,43.7974,131.9513,Ussuriysk,GDAL's time format
                """, StandardCharsets.UTF_8);
        browser.openAndWait(url("/?track=" + track));
        assertThat(browser.all("#sighting-list li[data-sighting-id]")).isEmpty();

        browser.driver.findElement(By.id("import-open")).click();
        browser.waitFor(By.id("import-dialog"));
        browser.driver.findElement(By.id("import-file")).sendKeys(csv.toString());
        browser.driver.findElement(By.id("import-source")).sendKeys("Desk spreadsheet");
        browser.driver.findElement(By.cssSelector("#import-dialog [data-role=preview-button]")).click();

        browser.waitUpTo(15).until(d -> !d.findElements(By.cssSelector("#import-dialog [data-role=rejected] tbody tr"))
                .isEmpty());
        assertThat(text("#import-dialog [data-role=summary]")).isEqualTo(
                "CSV: 5 rows; 4 accepted, 0 duplicates, 1 rejected.");
        // issue #25: "2023-09-11 06:30" at Chongjin is Chongjin's local time, no longer a missing offset
        List<WebElement> rejected = browser.all("#import-dialog [data-role=rejected] tbody tr");
        assertThat(rejected).extracting(r -> r.getAttribute("data-row")).containsExactly("4");
        assertThat(rejected.get(0).getText()).contains("lat");
        List<WebElement> preview = browser.all("#import-dialog [data-role=preview] tbody tr");
        assertThat(preview).hasSize(4);
        assertThat(preview.get(2).getText()).contains("Khasan").contains("Desk spreadsheet");
        // nothing is stored by the preview
        assertThat(api.get("/api/tracks/" + track + "/sightings")).isEmpty();

        WebElement confirm = browser.driver.findElement(By.cssSelector("#import-dialog [data-role=confirm]"));
        assertThat(confirm.isEnabled()).isTrue();
        confirm.click();
        browser.waitUpTo(15).until(d -> text("#import-dialog [data-role=status]").equals("Imported 4 sightings."));
        browser.driver.findElement(By.cssSelector("#import-dialog [data-role=close]")).click();

        browser.waitUpTo(15).until(d -> browser.all("#sighting-list li[data-sighting-id]").size() == 4);
        browser.waitUpTo(15).until(d -> "4".equals(d.findElement(By.id("map")).getAttribute("data-sighting-markers")));
        assertThat(api.get("/api/tracks/" + track + "/sightings").findValuesAsText("notes"))
                .contains("<b>crossed</b>");
        // the notes are text, never markup
        assertThat(browser.all("#sighting-list b")).isEmpty();
        assertNoConsoleErrors(browser);
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
