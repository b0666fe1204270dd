package whereabouts;

import java.nio.file.Path;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.rail.RailNetwork;
import whereabouts.rail.RailNetworkSource;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.StationPlaces;

/**
 * The immutable reference data the server reads at start: gazetteer (with the rail network's stations as places)
 * and rail network, shipped on the classpath or imported into the data directory with {@code import-rail}.
 * Thread-safe; one instance may serve several servers (the tests share one).
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures) {
    public static Geodata loadDefault() {
        RailNetwork rail = RailNetwork.fromClasspath();
        return new Geodata(StationPlaces.withStations(Gazetteer.loadDefault(), rail), rail,
                RailNetworkFeatures.shipped(rail));
    }

    /**
     * This data, but with the rail network imported into {@code dataDir} (import-rail) if there is one; the
     * gazetteer then gets the imported network's stations instead of the shipped ones.
     */
    public Geodata withImportedRail(Path dataDir) {
        if (!RailNetworkSource.hasImported(dataDir)) {
            return this;
        }
        Path railDir = RailNetworkSource.railDirectory(dataDir);
        RailNetwork rail = RailNetworkSource.fromDirectory(railDir);
        return new Geodata(StationPlaces.withStations(Gazetteer.loadDefault(), rail), rail,
                RailNetworkFeatures.imported(rail, railDir));
    }
}
