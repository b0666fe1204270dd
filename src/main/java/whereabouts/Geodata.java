package whereabouts;

import whereabouts.gazetteer.Gazetteer;
import whereabouts.rail.RailNetwork;
import whereabouts.service.RailNetworkFeatures;

/**
 * The immutable reference data the server reads from the classpath at start: gazetteer and rail network.
 * Thread-safe; one instance may serve several servers (the tests share one).
 */
public record Geodata(Gazetteer gazetteer, RailNetwork railNetwork, RailNetworkFeatures railFeatures) {
    public static Geodata loadDefault() {
        return new Geodata(Gazetteer.loadDefault(), RailNetwork.fromClasspath(), new RailNetworkFeatures());
    }
}
