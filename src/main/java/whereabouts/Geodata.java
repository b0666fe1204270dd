package whereabouts;

import whereabouts.gazetteer.Gazetteer;
import whereabouts.rail.RailNetwork;
import whereabouts.service.RailNetworkFeatures;
import whereabouts.service.StationPlaces;

/**
 * The immutable reference data the server reads from the classpath at start: gazetteer (with the rail network's
 * stations as places) and rail network.
 * Thread-safe; one instance may serve several servers (the tests share one).
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures) {
    public static Geodata loadDefault() {
        return of(Gazetteer.loadDefault(), RailNetwork.fromClasspath());
    }

    /** Reference data around a rail network: its stations become gazetteer places, its features are written once. */
    public static Geodata of(Gazetteer gazetteer, RailNetwork rail) {
        return new Geodata(StationPlaces.withStations(gazetteer, rail), rail, new RailNetworkFeatures(rail));
    }
}
