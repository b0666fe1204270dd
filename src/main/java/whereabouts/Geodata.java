package whereabouts;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GazetteerFile;
import whereabouts.network.Profile;
import whereabouts.network.osm.RoadNetworkSource;
import whereabouts.network.sea.MarnetSource;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSource;
import whereabouts.network.Router;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.StationPlaces;
import whereabouts.track.TravelMode;

/**
 * The immutable reference data the server reads at start: gazetteer (with the rail network's stations as places)
 * and rail network, shipped on the classpath or imported into the data directory with {@code import-rail}.
 * Thread-safe; one instance may serve several servers (the tests share one).
 *
 * <p>The shipped gazetteer with the shipped network's stations is prepared at build time ({@link PrepareGeodata},
 * resource {@value #PREPARED_GAZETTEER}) and read as binary arrays; without that resource (a build that skipped
 * process-classes) it is built from the TSV files as before.
 *
 * @param gazetteer    the places, the rail network's stations among them
 * @param railNetwork  the rail network in use
 * @param railFeatures the rail network in use as GeoJSON
 * @param places       the places without any network's stations (to add another network's stations to), built on
 *                     first use: only a server with an imported network needs them
 * @param seaNetwork   the MARNET shipping lanes (shipped; graph and hierarchy prepared at build time)
 * @param roadNetwork  the road network imported with {@code import-network --mode road}, or null (road legs are
 *                     then geodesic)
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures,
                      Supplier<Gazetteer> places, RailNetwork seaNetwork, RailNetwork roadNetwork) {
    /** Classpath resource of the prepared gazetteer (shipped places, supplement and shipped stations). */
    public static final String PREPARED_GAZETTEER = "/geodata/prepared/gazetteer.bin";

    public static Geodata loadDefault() {
        return loadDefault(new StartupSteps());
    }

    /** {@link #loadDefault()}, timing each step into {@code steps}. */
    public static Geodata loadDefault(StartupSteps steps) {
        RailNetwork rail = steps.time("rail network", RailNetwork::fromClasspath);
        Supplier<Gazetteer> places = once(Gazetteer::loadDefault);
        InputStream prepared = Geodata.class.getResourceAsStream(PREPARED_GAZETTEER);
        Gazetteer gazetteer = prepared != null
                ? steps.time("prepared gazetteer", () -> GazetteerFile.read(prepared))
                : steps.time("gazetteer from TSV", () -> StationPlaces.withStations(places.get(), rail));
        return new Geodata(gazetteer, rail, steps.time("rail features", () -> RailNetworkFeatures.shipped(rail)),
                places, steps.time("sea network", MarnetSource::shipped), null);
    }

    /** The shipped gazetteer with the shipped network's stations, built from the TSV files (what is prepared). */
    public static Gazetteer buildShippedGazetteer() {
        return StationPlaces.withStations(Gazetteer.loadDefault(), RailNetwork.fromClasspath());
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
        return new Geodata(StationPlaces.withStations(places.get(), rail), rail,
                RailNetworkFeatures.imported(rail, railDir), places, seaNetwork, roadNetwork);
    }

    /** {@code s}, computed on the first call only (thread-safe). */
    static <T> Supplier<T> once(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /** This data with the road network imported into {@code dataDir} (import-network --mode road), if there is one. */
    public Geodata withImportedRoad(Path dataDir) {
        if (!RoadNetworkSource.hasImported(dataDir)) {
            return this;
        }
        return new Geodata(gazetteer, railNetwork, railFeatures, places, seaNetwork,
                RoadNetworkSource.fromDataDir(dataDir));
    }

    /**
     * A router per mode that has a network: rail ({@code rail}, with its configured snap limit), sea (MARNET) and,
     * once imported, road. Air has none: its legs are geodesics.
     */
    public Map<TravelMode, Router> routers(whereabouts.network.Router rail) {
        Map<TravelMode, Router> byMode =
                new EnumMap<>(TravelMode.class);
        byMode.put(TravelMode.RAIL, rail);
        byMode.put(TravelMode.SEA,
                new Router(seaNetwork, Profile.SEA));
        if (roadNetwork != null) {
            byMode.put(TravelMode.ROAD,
                    new Router(roadNetwork, Profile.ROAD));
        }
        return byMode;
    }
}
