package whereabouts.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import whereabouts.gazetteer.Gazetteer;

/** The extractor over the real shipped gazetteer, built once per test JVM (read-only), and the seed article. */
final class Extractors {
    private Extractors() {
    }

    private static final class Holder {
        static final TextExtractor INSTANCE = new TextExtractor(Gazetteer.loadDefault(), SourceList.defaults());
    }

    static TextExtractor shipped() {
        return Holder.INSTANCE;
    }

    /** The project's seed article (a copy of shared/seed/article-2023-09-12.txt), published 2023-09-12. */
    static String seedArticle() {
        try (InputStream in = Extractors.class.getResourceAsStream("/extract/article-2023-09-12.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
