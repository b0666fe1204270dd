package whereabouts;

import java.nio.file.Path;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.rail.RailNetwork;
import whereabouts.rail.RailNetworkSource;
import whereabouts.service.RailNetworkFeatures;

/**
 * The immutable reference data the server reads from the classpath at start: gazetteer and rail network.
 * Thread-safe; one instance may serve several servers (the tests share one).
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures) {
    public static Geodata loadDefault() {
        return new Geodata(Gazetteer.loadDefault(), RailNetwork.fromClasspath(), new RailNetworkFeatures());
    }

    /** This data, but with the rail network imported into {@code dataDir} (import-rail) if there is one. */
    public Geodata withImportedRail(Path dataDir) {
        if (!RailNetworkSource.hasImported(dataDir)) {
            return this;
        }
        Path railDir = RailNetworkSource.railDirectory(dataDir);
        return new Geodata(gazetteer, RailNetworkSource.fromDirectory(railDir), RailNetworkFeatures.imported(railDir));
    }
}
