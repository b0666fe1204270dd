package whereabouts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue #26, finding 1: imports are parsed as streams, so memory does not grow with the file. A JVM with a
 * {@value #HEAP_MIB} MiB heap imports a {@value #FILE_MIB} MiB GeoJSON file (our own export of a long track:
 * mostly leg geometry): it could not hold the file as a byte[], let alone its tree. On main the readers took the
 * whole file as a byte[] (and the GeoJSON reader built the tree of all of it).
 */
class StreamingImportMemoryTest {
    private static final int HEAP_MIB = 32;
    private static final int FILE_MIB = 96;

    @Test
    void aFileThreeTimesTheHeapIsImported() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(List.of(java, "-Xmx" + HEAP_MIB + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), ImportMemoryProbe.class.getName(),
                Integer.toString(FILE_MIB))).redirectErrorStream(true).start();
        String out;
        try {
            // a hang guard only: the probe reads the file once, which takes seconds even on a busy machine
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the probe finished").isTrue();
        } finally {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("rows=2 ").containsPattern("skipped=\\d{3,}").contains("maxHeapMiB=");
        long bytes = Long.parseLong(out.replaceAll("(?s).*bytes=(\\d+).*", "$1"));
        assertThat(bytes).isGreaterThan(3L * HEAP_MIB * 1024 * 1024);
    }
}
