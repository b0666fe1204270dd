package whereabouts.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Run in a JVM with a small heap by {@link StreamingImportMemoryTest}: imports a generated GeoJSON file of
 * {@code args[0]} MiB (never held anywhere: it is written as it is read) and prints what was read.
 */
public final class ImportMemoryProbe {
    private ImportMemoryProbe() {
    }

    public static void main(String[] args) {
        long mebibytes = Long.parseLong(args[0]);
        GeneratedExport file = new GeneratedExport(mebibytes * 1024 * 1024);
        ParsedFile parsed = new ImportReader().read(file, ImportLimits.MAX_ROWS, null);
        System.out.println("bytes=" + file.produced + " rows=" + parsed.rows().size() + " skipped=" + parsed.skipped()
                + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /**
     * A FeatureCollection like our own export of a long track: a sighting, then leg features with long line
     * geometries (skipped by the import) until the size is reached, then a last sighting.
     */
    static final class GeneratedExport extends InputStream {
        private final long size;
        private long produced;
        private byte[] chunk = ("{\"type\":\"FeatureCollection\",\"features\":[" + sighting("Khasan")).getBytes(
                StandardCharsets.UTF_8);
        private int at;
        private boolean ended;
        private int legs;

        GeneratedExport(long size) {
            this.size = size;
        }

        private static String sighting(String place) {
            return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[130.65,42.42]},"
                    + "\"properties\":{\"featureType\":\"sighting\",\"observedAt\":\"2023-09-12T05:15:00+09:00\","
                    + "\"place\":\"" + place + "\",\"source\":\"TBS\"}}";
        }

        private byte[] next() {
            if (ended) {
                return null;
            }
            StringBuilder b = new StringBuilder(64 * 1024);
            if (produced >= size) {
                ended = true;
                return ("," + sighting("Ussuriysk") + "]}").getBytes(StandardCharsets.UTF_8);
            }
            b.append(",{\"type\":\"Feature\",\"properties\":{\"featureType\":\"leg\",\"leg\":").append(legs++)
                    .append("},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
            for (int i = 0; i < 2000; i++) {
                b.append(i == 0 ? "" : ",").append('[').append(130 + i * 1e-4).append(',').append(42 + i * 1e-4)
                        .append(']');
            }
            return b.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (chunk != null && at >= chunk.length) {
                chunk = next();
                at = 0;
            }
            if (chunk == null) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            produced += n;
            return n;
        }
    }
}
