package whereabouts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The table of short sentences ({@code src/test/resources/extract/sentences.tsv}), one rule each, plus the seed article:
 * every {@code ok} row must give exactly its drafts; precision and recall over all rows (the {@code gap} rows are
 * rules still missing) and the seed article are printed.
 */
class SentenceTableTest {
    record Row(String rule, boolean ok, OffsetDateTime publishedAt, String text, List<String> expected) {
    }

    /** A draft as one comparable line: place|observedAt|uncertainty|source|confidence|kind. */
    static String line(Draft d) {
        return String.join("|", d.place(), d.observedAt().toString(), String.valueOf(d.timeUncertaintyMinutes()),
                d.source(), d.confidence().wire(), d.kind().wire());
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SentenceTableTest.class.getResourceAsStream("/extract/sentences.tsv"), StandardCharsets.UTF_8))) {
            for (String l; (l = in.readLine()) != null; ) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                List<String> expected = f[4].equals("-") ? List.of() : Arrays.asList(f[4].split(" ;; "));
                rows.add(new Row(f[0], f[1].equals("ok"), OffsetDateTime.parse(f[2]), f[3], expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.add(new Row("the seed article", true, SeedArticleExtractionTest.PUBLISHED, Extractors.seedArticle(), List.of(
                "Pyongyang|2023-09-10T15:00+09:00|180|KCNA, via Yonhap; North Korean government|confirmed|sighting",
                "Khasan|2023-09-11T13:00+10:00|1440|TBS, citing Russian regional officials|reported|sighting",
                "Vladivostok|2023-09-13T12:00+10:00|720|TASS|unverified|expected")));
        return rows;
    }

    @Test
    void everyImplementedRuleGivesExactlyItsDraftsAndPrecisionAndRecallArePrinted() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nExtraction: sentence table and seed article\n");
        for (Row row : rows()) {
            List<String> got = Extractors.shipped().extract(row.text(), row.publishedAt(), null).stream()
                    .map(SentenceTableTest::line).toList();
            List<String> missing = new ArrayList<>(row.expected());
            missing.removeAll(got);
            List<String> extra = new ArrayList<>(got);
            extra.removeAll(row.expected());
            tp += got.size() - extra.size();
            fp += extra.size();
            fn += missing.size();
            boolean match = missing.isEmpty() && extra.isEmpty();
            report.append(String.format(Locale.ROOT, "  %-4s %-6s %s%n", match ? "pass" : "FAIL", row.ok() ? "" : "(gap)",
                    row.rule()));
            if (!match) {
                report.append("         expected ").append(missing).append("\n         got      ").append(extra).append('\n');
                if (row.ok()) {
                    failures.add(row.rule());
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        report.append(String.format(Locale.ROOT, "  drafts: %d right, %d wrong or extra, %d missed%n"
                + "  precision %.3f, recall %.3f%n", tp, fp, fn, precision, recall));
        System.out.println(report);
        assertThat(failures).as("rows marked ok that do not give exactly their drafts").isEmpty();
        assertThat(precision).isGreaterThanOrEqualTo(0.85);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
    }
}
