package whereabouts.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an imported rail network lives: {@code <dataDir>/rail/network.json} (the manifest, same form as the
 * shipped {@code geodata/rail/network.json} plus {@code imported} and {@code sources}) and the GeoJSON files it
 * lists, beside it. When the manifest exists the server uses that network instead of the shipped one.
 *
 * <p>The first start on an import builds the network from the GeoJSON, prepares its contraction hierarchy and
 * writes both to {@value #SNAPSHOT} ({@link RailNetworkSnapshot}); later starts read that file instead, as long
 * as its key (names, sizes and modification times of the manifest and its files) still matches.
 */
public final class RailNetworkSource {
    private static final Logger LOG = LoggerFactory.getLogger(RailNetworkSource.class);
    /** Name of the prepared network (graph, lines, stations, contraction hierarchy) in the rail directory. */
    public static final String SNAPSHOT = "network.prepared";
    /** Changes when the snapshot's content changes meaning, so older snapshots are rebuilt. */
    private static final String SNAPSHOT_FORMAT = "rail-network-snapshot/2";
    /** Name of the manifest in the rail directory. */
    public static final String MANIFEST = "network.json";
    /**
     * Join tolerance for imported networks, metres: lines that meet share an OSM node, so their vertices coincide;
     * a larger tolerance would fuse parallel tracks a few metres apart.
     */
    public static final double IMPORTED_JOIN_TOLERANCE_METERS = 0.5;

    private RailNetworkSource() {
    }

    /** {@code <dataDir>/rail}. */
    public static Path railDirectory(Path dataDir) {
        return dataDir.resolve("rail");
    }

    /** True when {@code dataDir} holds an imported network. */
    public static boolean hasImported(Path dataDir) {
        return Files.isRegularFile(railDirectory(dataDir).resolve(MANIFEST));
    }

    /** The {@code files} of the manifest in {@code railDir}. */
    public static List<String> manifestFiles(Path railDir) {
        return new RailGeoJsonReader().manifestFiles(open(railDir.resolve(MANIFEST)));
    }

    /**
     * The network of every file the manifest in {@code railDir} lists: read from the snapshot when it is current,
     * otherwise built from the files (and the snapshot written, when the directory is writable).
     */
    public static RailNetwork fromDirectory(Path railDir) {
        String key = sourceKey(railDir);
        Path snapshot = railDir.resolve(SNAPSHOT);
        if (Files.isRegularFile(snapshot)) {
            try {
                if (key.equals(readKey(snapshot))) {
                    try (InputStream in = Files.newInputStream(snapshot)) {
                        return RailNetworkSnapshot.read(in);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Rebuilding the rail network: cannot read {} ({})", snapshot, e.toString());
            }
        }
        RailNetwork net = fromFiles(railDir);
        writeSnapshot(net, key, snapshot);
        return net;
    }

    private static String readKey(Path snapshot) throws IOException {
        try (InputStream in = Files.newInputStream(snapshot)) {
            return RailNetworkSnapshot.sourceKey(in);
        }
    }

    /** Writes the snapshot beside the files (atomically); a directory that cannot be written is only logged. */
    private static void writeSnapshot(RailNetwork net, String key, Path snapshot) {
        Path part = snapshot.resolveSibling(SNAPSHOT + ".part");
        try {
            try (var out = Files.newOutputStream(part)) {
                RailNetworkSnapshot.write(net, key, out);
            }
            Files.move(part, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot write the prepared rail network {} ({}); the next start builds it again", snapshot,
                    e.toString());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do: the part file is never read
            }
        }
    }

    /** What a snapshot of {@code railDir} must have been built from: every listed file's name, size and time. */
    static String sourceKey(Path railDir) {
        StringBuilder key = new StringBuilder(SNAPSHOT_FORMAT);
        for (String file : concat(MANIFEST, manifestFiles(railDir))) {
            Path p = railDir.resolve(file);
            try {
                key.append('|').append(file).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the imported rail network file " + p, e);
            }
        }
        return key.toString();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The network built from the GeoJSON files the manifest lists (no snapshot read or written). */
    public static RailNetwork fromFiles(Path railDir) {
        RailGeoJsonReader reader = new RailGeoJsonReader();
        RailNetworkBuilder builder = RailNetwork.builder().joinToleranceMeters(IMPORTED_JOIN_TOLERANCE_METERS);
        for (String file : manifestFiles(railDir)) {
            reader.read(open(railDir.resolve(file)), builder);
        }
        return builder.build();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported rail network file " + file, e);
        }
    }
}
