package whereabouts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import whereabouts.Cli;
import whereabouts.Server;
import whereabouts.config.AppConfig;
import whereabouts.http.TestServer;

/** The legend says which rail network is in use once the rail layer is on: here one imported from OSM XML. */
class RailNetworkInfoBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theLegendNamesTheImportedFileAndItsCounts() throws Exception {
        Path dataDir = dir.resolve("data");
        Path osm = Files.writeString(dir.resolve("tiny <b>line.osm"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <osm version="0.6">
                  <node id="1" lat="47.0" lon="100.0"/>
                  <node id="2" lat="47.1" lon="100.1">
                    <tag k="railway" v="station"/><tag k="name" v="&lt;i&gt;Steppe&lt;/i&gt;"/>
                  </node>
                  <way id="7"><nd ref="1"/><nd ref="2"/><tag k="railway" v="rail"/></way>
                </osm>
                """);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(Cli.run(new String[] {"import-rail", osm.toString()},
                Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), out, out)).as(sink.toString()).isZero();

        try (Server server = Server.start(AppConfig.defaults(dataDir, 0, false), TestServer.geodata());
             Browser browser = Browser.open(1280, 800)) {
            browser.openAndWait(server.url() + "/");
            browser.js("""
                    const label = [...document.querySelectorAll('.leaflet-control-layers-overlays label')]
                      .find((l) => l.textContent.includes('Rail network'));
                    label.querySelector('input').click();""");
            String text = browser.waitUpTo(10).until(d -> {
                String t = d.findElements(By.id("rail-network-info")).isEmpty() ? ""
                        : d.findElement(By.id("rail-network-info")).getText();
                return t.isEmpty() ? null : t;
            });
            assertThat(text).isEqualTo("Rail network in use: imported from tiny <b>line.osm; 1 line, "
                    + "1 station, 0 border crossings.");
            assertThat(browser.all("#rail-network-info b")).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
