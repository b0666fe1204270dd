package whereabouts.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the editor-on-deadline tests (issue #25) measure on the page: screenshots, shares, label boxes. */
final class EditorPages {
    /** Screenshots of these tests: the test output (target/screenshots); docs/screenshots is refreshed from it. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private EditorPages() {
    }

    static void screenshot(Browser browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The map's height as a share of the window's (the viewport's) height, 0–1. */
    static double mapShare(Browser browser) {
        return ((Number) browser.js("return document.getElementById('map').getBoundingClientRect().height"
                + " / window.innerHeight;")).doubleValue();
    }

    /** Whether the element lies wholly inside the viewport (in view without scrolling). */
    static boolean inView(Browser browser, String id) {
        return (Boolean) browser.js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                + " && r.right <= window.innerWidth;", id);
    }

    /**
     * Every text label drawn on the map (place labels, station labels, tooltips and leg marks), with pairs that
     * overlap and labels that leave the map: {"labels": n, "overlaps": [..], "outside": [..]}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> labelCheck(Browser browser) {
        return (Map<String, Object>) browser.js("""
                const map = document.getElementById('map').getBoundingClientRect();
                const shown = (e) => { const s = getComputedStyle(e); return s.display !== 'none' && s.visibility !== 'hidden'
                    && e.getBoundingClientRect().width > 0; };
                const boxes = [...document.querySelectorAll('#map .place-label, #map .leaflet-tooltip, #map .leg-mark')]
                  .filter(shown).map((e) => ({ text: e.textContent.trim(), r: e.getBoundingClientRect() }));
                const overlaps = [];
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i].r, b = boxes[j].r;
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                    overlaps.push(boxes[i].text + ' / ' + boxes[j].text);
                }
                const outside = boxes.filter((b) => b.r.left < map.left - 1 || b.r.right > map.right + 1
                    || b.r.top < map.top - 1 || b.r.bottom > map.bottom + 1).map((b) => b.text);
                return { labels: boxes.length, overlaps, outside };
                """);
    }

    static List<String> list(Object value) {
        @SuppressWarnings("unchecked")
        List<String> l = (List<String>) value;
        return l;
    }
}
