package whereabouts.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (the axe.min.js shipped in Deque's {@code com.deque.html.axe-core:selenium} jar) in the page under
 * test and answers its violations, one line each: "rule (impact): selector, selector…".
 */
final class Axe {
    private static volatile String source;

    private Axe() {
    }

    private static String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Every WCAG 2.x A/AA and best-practice violation on the page as it is now. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        browser.js(source());
        Object result = browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): `
                      + v.nodes.map((n) => n.target.join(' ')).join(', '))))
                  .catch((e) => done([`axe failed: ${e}`]));
                """);
        return (List<String>) result;
    }
}
