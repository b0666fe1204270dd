package whereabouts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.extract.SourceList;
import whereabouts.extract.TextExtractor;
import whereabouts.gazetteer.Gazetteer;

/**
 * Issue #23: p50/p99 of one extraction of wire copy (the evaluation corpus's passages, concatenated in file order and
 * cut at a sentence end into texts of about 1,000 and of 100,000 characters), in thread CPU time and wall time. The
 * CPU figure is the one to compare with the targets on a shared machine. Usage: {@code java -cp … 
 * whereabouts.bench.WireCopyExtractMeasure [corpus.jsonl] [runs]}.
 */
public final class WireCopyExtractMeasure {
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-11-06T12:00+09:00");

    private WireCopyExtractMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "src/test/resources/extract/corpus/wire-corpus.jsonl");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        ObjectMapper json = new ObjectMapper();
        StringBuilder all = new StringBuilder();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                all.append(n.get("text").asText()).append("\n\n");
            }
        }
        TextExtractor extractor = new TextExtractor(Gazetteer.loadDefault(), SourceList.defaults());
        List<String> small = chunks(all.toString(), 1000);
        String large = repeatTo(all.toString(), 100_000);
        measure(extractor, "~1,000 chars", small, runs);
        measure(extractor, "100,000 chars", List.of(large), Math.max(5, runs / 50));
    }

    private static void measure(TextExtractor extractor, String label, List<String> texts, int runs) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.min(runs, 50); i++) {
            extractor.extract(texts.get(i % texts.size()), PUBLISHED, null); // warm-up
        }
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        int drafts = 0;
        for (int i = 0; i < runs; i++) {
            String t = texts.get(i % texts.size());
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            drafts += extractor.extract(t, PUBLISHED, null).size();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf("%-14s %5d runs (%d texts, %d drafts): CPU p50 %.1f ms p99 %.1f ms; wall p50 %.1f ms p99 %.1f ms%n",
                label, runs, texts.size(), drafts, pct(cpu, 50), pct(cpu, 99), pct(wall, 50), pct(wall, 99));
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)] / 1e6;
    }

    /** Consecutive pieces of about {@code size} characters, each ending after a full stop. */
    static List<String> chunks(String text, int size) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start + size < text.length()) {
            int end = text.indexOf(". ", start + size - 200);
            end = end < 0 || end > start + size + 200 ? start + size : end + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    static String repeatTo(String text, int size) {
        StringBuilder b = new StringBuilder(size);
        while (b.length() + text.length() <= size) {
            b.append(text);
        }
        b.append(text, 0, size - b.length());
        return b.toString();
    }
}
