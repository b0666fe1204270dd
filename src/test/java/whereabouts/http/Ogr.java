package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GDAL's command-line tools, run on files our server wrote (or that tests convert with ogr2ogr). */
public final class Ogr {
    private Ogr() {
    }

    /** {@code ogrinfo -ro -al} with the given options: every layer and feature, as GDAL read them. */
    public static String info(Path file, String... openOptions) {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-al"));
        for (String o : openOptions) {
            cmd.add("-oo");
            cmd.add(o);
        }
        cmd.add(file.toString());
        return run(cmd);
    }

    /** Each layer's "Feature Count", by layer name, from {@code ogrinfo -ro -al -so}. */
    public static Map<String, Integer> featureCounts(Path file, String... openOptions) {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-so"));
        for (String o : openOptions) {
            cmd.add("-oo");
            cmd.add(o);
        }
        cmd.add(file.toString());
        String out = run(cmd);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("Layer name: (.+)\\R(?:.*\\R)*?Feature Count: (\\d+)").matcher(out);
        while (m.find()) {
            counts.put(m.group(1).trim(), Integer.parseInt(m.group(2)));
        }
        assertThat(counts).as(out).isNotEmpty();
        return counts;
    }

    /** Runs {@code ogr2ogr} with the arguments; fails the test when it fails. */
    public static void ogr2ogr(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr"));
        cmd.addAll(List.of(args));
        run(cmd);
    }

    static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
