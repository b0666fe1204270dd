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
 *
 * @param gazetteer    the places, the rail network's stations among them
 * @param railNetwork  the rail network in use
 * @param railFeatures the rail network in use as GeoJSON
 * @param places       the places without any network's stations (to add another network's stations to)
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures,
                      Gazetteer places) {
    public static Geodata loadDefault() {
        return loadDefault(new StartupSteps());
    }

    /** {@link #loadDefault()}, timing each step into {@code steps}. */
    public static Geodata loadDefault(StartupSteps steps) {
        RailNetwork rail = steps.time("rail network", RailNetwork::fromClasspath);
        Gazetteer places = steps.time("gazetteer", Gazetteer::loadDefault);
        Gazetteer withStations = steps.time("stations", () -> StationPlaces.withStations(places, rail));
        return new Geodata(withStations, rail, steps.time("rail features", () -> RailNetworkFeatures.shipped(rail)),
                places);
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
        return new Geodata(StationPlaces.withStations(places, rail), rail, RailNetworkFeatures.imported(rail, railDir),
                places);
    }
}
