package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

class SyntheticNetworkGeneratorTest {
    @Test
    void aGridIsConnectedAndRoutesAcrossItAreNoShorterThanTheGeodesic() {
        RailNetwork net = SyntheticNetworkGenerator.grid(40, 50, 2000, 0.2, 7, new LatLon(45, 100));
        Router router = new Router(net);
        LatLon sw = net.nodes().get(0);
        LatLon ne = net.nodes().get(net.nodeCount() - 1);

        Route route = router.route(List.of(sw, ne), Route.RAIL);

        assertThat(net.nodeCount()).isBetween(1900, 2000); // a node whose four edges were all dropped is absent
        assertThat(route.mode()).isEqualTo(Route.RAIL);
        assertThat(route.lengthKm() * 1000).isGreaterThanOrEqualTo(Geodesy.distanceMeters(sw, ne));
    }
}
