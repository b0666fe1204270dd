package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static whereabouts.track.TrackFixtures.KHASAN;
import static whereabouts.track.TrackFixtures.PYONGYANG;
import static whereabouts.track.TrackFixtures.USSURIYSK;
import static whereabouts.track.TrackFixtures.VLADIVOSTOK;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/** Legs are routed once per pair of ends and mode; the rebuild after a change reuses the rest. */
class RememberingLegRouterTest {
    private final RememberingLegRouter router = new RememberingLegRouter(new GeodesicLegRouter(), 2);

    @Test
    void theSameEndsAndModeGiveTheSameRouteAgain() {
        Route first = router.route(PYONGYANG, KHASAN, TravelMode.RAIL);
        assertThat(router.route(new LatLon(PYONGYANG.lat(), PYONGYANG.lon()), KHASAN, TravelMode.RAIL)).isSameAs(first);
        assertThat(router.route(KHASAN, PYONGYANG, TravelMode.RAIL)).isNotSameAs(first);
        assertThat(router.route(PYONGYANG, KHASAN, TravelMode.ROAD)).isNotSameAs(first);
    }

    @Test
    void theLeastRecentlyUsedIsForgottenBeyondTheCapacity() {
        Route a = router.route(PYONGYANG, KHASAN, TravelMode.RAIL);
        Route b = router.route(KHASAN, VLADIVOSTOK, TravelMode.RAIL);
        assertThat(router.route(PYONGYANG, KHASAN, TravelMode.RAIL)).isSameAs(a); // a is now the most recent
        router.route(VLADIVOSTOK, USSURIYSK, TravelMode.RAIL); // evicts b
        assertThat(router.route(PYONGYANG, KHASAN, TravelMode.RAIL)).isSameAs(a);
        assertThat(router.route(KHASAN, VLADIVOSTOK, TravelMode.RAIL)).isNotSameAs(b).isEqualTo(b);
    }

    @Test
    void aTrajectoryBuiltThroughItIsTheSameAsWithout() {
        List<Sighting> reports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            reports.add(TrackFixtures.sighting(i + 1, "2023-09-10T%02d:%02d+09:00".formatted(i / 60, i % 60),
                    new LatLon(39 + i * 0.01, 125.7 + i * 0.017), 0, 1));
        }
        Trajectory plain = new TrajectoryBuilder(new GeodesicLegRouter()).build(TrackFixtures.railTrack(), reports);
        TrajectoryBuilder remembering = new TrajectoryBuilder(new RememberingLegRouter(new GeodesicLegRouter()));
        remembering.build(TrackFixtures.railTrack(), reports);
        Trajectory rebuilt = remembering.build(TrackFixtures.railTrack(), reports);

        assertThat(rebuilt.legs()).hasSize(299);
        for (int i = 0; i < plain.legs().size(); i++) {
            assertThat(rebuilt.legs().get(i).index()).isEqualTo(i);
            assertThat(rebuilt.legs().get(i).from().id()).isEqualTo(i + 1);
            assertThat(rebuilt.legs().get(i).route()).isEqualTo(plain.legs().get(i).route());
        }
    }
}
