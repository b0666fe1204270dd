package whereabouts.rail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an imported rail network lives: {@code <dataDir>/rail/network.json} (the manifest, same form as the
 * shipped {@code geodata/rail/network.json} plus {@code imported} and {@code sources}) and the GeoJSON files it
 * lists, beside it. When the manifest exists the server uses that network instead of the shipped one.
 */
public final class RailNetworkSource {
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

    /** The network of every file the manifest in {@code railDir} lists. */
    public static RailNetwork fromDirectory(Path railDir) {
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
