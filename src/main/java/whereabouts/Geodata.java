package whereabouts;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.network.Profile;
import whereabouts.network.osm.RoadNetworkSource;
import whereabouts.network.sea.MarnetSource;
import whereabouts.rail.RailNetwork;
import whereabouts.rail.RailNetworkSource;
import whereabouts.rail.Router;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.StationPlaces;
import whereabouts.track.TravelMode;

/**
 * The immutable reference data the server reads at start: gazetteer (with the rail network's stations as places)
 * and rail network, shipped on the classpath or imported into the data directory with {@code import-rail}.
 * Thread-safe; one instance may serve several servers (the tests share one).
 *
 * @param gazetteer    the places, the rail network's stations among them
 * @param railNetwork  the rail network in use
 * @param railFeatures the rail network in use as GeoJSON
 * @param places       the places without any network's stations (to add another network's stations to)
 * @param seaNetwork   the MARNET shipping lanes (shipped)
 * @param roadNetwork  the road network imported with {@code import-network --mode road}, or null (road legs are
 *                     then geodesic)
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures,
                      Gazetteer places, RailNetwork seaNetwork, RailNetwork roadNetwork) {
    public static Geodata loadDefault() {
        RailNetwork rail = RailNetwork.fromClasspath();
        Gazetteer places = Gazetteer.loadDefault();
        return new Geodata(StationPlaces.withStations(places, rail), rail, RailNetworkFeatures.shipped(rail), places,
                MarnetSource.fromClasspath(), null);
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
                places, seaNetwork, roadNetwork);
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
    public Map<TravelMode, Router> routers(whereabouts.rail.Router rail) {
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
