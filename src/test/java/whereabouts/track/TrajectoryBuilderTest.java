package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static whereabouts.track.GeoAssertions.km;
import static whereabouts.track.TrackFixtures.KHASAN;
import static whereabouts.track.TrackFixtures.PYONGYANG;
import static whereabouts.track.TrackFixtures.PYONGYANG_TO_KHASAN;
import static whereabouts.track.TrackFixtures.USSURIYSK;
import static whereabouts.track.TrackFixtures.VLADIVOSTOK;
import static whereabouts.track.TrackFixtures.expected;
import static whereabouts.track.TrackFixtures.geodesicTrajectory;
import static whereabouts.track.TrackFixtures.instant;
import static whereabouts.track.TrackFixtures.railTrack;
import static whereabouts.track.TrackFixtures.sighting;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.network.Route;

/** Legs between consecutive sightings, the typical speed, and projections towards expected destinations. */
class TrajectoryBuilderTest {

    @Test
    void legsJoinTheSightingsInTimeOrderWhateverTheOrderGiven() {
        Sighting ussuriysk = sighting(3, "2023-09-12T12:00+10:00", USSURIYSK, 60, 2);
        Trajectory t = geodesicTrajectory(railTrack(),
                List.of(ussuriysk, PYONGYANG_TO_KHASAN.get(1), PYONGYANG_TO_KHASAN.get(0)));

        assertThat(t.sightings()).extracting(Sighting::id).containsExactly(1L, 2L, 3L);
        assertThat(t.legs()).extracting(l -> l.from().id() + "→" + l.to().id()).containsExactly("1→2", "2→3");
        assertThat(t.legs()).extracting(Leg::index).containsExactly(0, 1);
    }

    @Test
    void aGeodesicLegCarriesItsLengthDurationAndSpeed() {
        Leg leg = geodesicTrajectory(railTrack(), PYONGYANG_TO_KHASAN).legs().get(0);

        assertThat(leg.route().mode()).isEqualTo(Route.GEODESIC);
        assertThat(leg.route().reason()).contains("no rail network");
        assertThat(leg.route().stations()).isEmpty();
        assertThat(leg.lengthKm()).isCloseTo(km(PYONGYANG, KHASAN), within(0.01));
        assertThat(leg.durationHours()).isCloseTo(38.0, within(1e-9)); // 06:00Z Sunday → 20:00Z Monday
        assertThat(leg.speedKmh()).isCloseTo(leg.lengthKm() / 38.0, within(1e-9));
        assertThat(leg.line().points()).first().isEqualTo(PYONGYANG);
        assertThat(leg.line().points()).last().isEqualTo(KHASAN);
        // densified every ≤ 5 km
        assertThat(leg.line().points().size() - 1).isEqualTo((int) Math.ceil(leg.lengthKm() / 5.0));
    }

    @Test
    void nonRailModesAreGeodesicWithTheirOwnReason() {
        Trajectory t = geodesicTrajectory(TrackFixtures.track(TravelMode.SEA, 60), PYONGYANG_TO_KHASAN);
        assertThat(t.legs().get(0).route().reason()).contains("no sea network is available");
    }

    @Test
    void expectedDestinationsAreNotLegsButProjections() {
        Sighting vladivostok = expected(3, "2023-09-13T12:00+10:00", VLADIVOSTOK, 1440, 10);
        Trajectory t = geodesicTrajectory(railTrack(), List.of(PYONGYANG_TO_KHASAN.get(0),
                PYONGYANG_TO_KHASAN.get(1), vladivostok));

        assertThat(t.legs()).hasSize(1);
        assertThat(t.projections()).hasSize(1);
        Projection p = t.projections().get(0);
        assertThat(p.from().id()).isEqualTo(2);
        assertThat(p.to().id()).isEqualTo(3);
        assertThat(p.typicalSpeedKmh()).isEqualTo(t.legs().get(0).speedKmh());
        assertThat(p.departure()).isEqualTo(instant("2023-09-12T06:00+10:00"));
        double hours = p.lengthKm() / p.typicalSpeedKmh();
        assertThat(Duration.between(p.departure(), p.eta()).toMillis() / 3_600_000.0).isCloseTo(hours, within(1e-6));
    }

    @Test
    void severalExpectedDestinationsAreChainedInTimeOrder() {
        Trajectory t = geodesicTrajectory(railTrack(), List.of(PYONGYANG_TO_KHASAN.get(0), PYONGYANG_TO_KHASAN.get(1),
                expected(4, "2023-09-14T12:00+10:00", VLADIVOSTOK, 60, 10),
                expected(3, "2023-09-13T12:00+10:00", USSURIYSK, 60, 10)));
        assertThat(t.projections()).extracting(p -> p.from().id() + "→" + p.to().id())
                .containsExactly("2→3", "3→4");
        assertThat(t.projections().get(1).departure()).isEqualTo(t.projections().get(0).eta());
    }

    @Test
    void anExpectedDestinationWhoseWindowEndedBeforeTheLastSightingIsNotProjected() {
        Trajectory t = geodesicTrajectory(railTrack(), List.of(PYONGYANG_TO_KHASAN.get(0), PYONGYANG_TO_KHASAN.get(1),
                expected(3, "2023-09-11T12:00+10:00", VLADIVOSTOK, 60, 10)));
        assertThat(t.projections()).isEmpty();
    }

    @Test
    void withoutPlausibleMovingLegsTheTypicalSpeedIsTheModesDefault() {
        Trajectory rail = geodesicTrajectory(railTrack(), List.of(PYONGYANG_TO_KHASAN.get(1),
                expected(3, "2023-09-13T12:00+10:00", VLADIVOSTOK, 1440, 10)));
        assertThat(rail.typicalSpeed().kmh()).isEqualTo(45.0);
        assertThat(rail.typicalSpeed().legsUsed()).isZero();
        assertThat(rail.projections().get(0).typicalSpeedKmh()).isEqualTo(45.0);

        Trajectory air = geodesicTrajectory(TrackFixtures.track(TravelMode.AIR, 950), List.of());
        assertThat(air.typicalSpeed().kmh()).isEqualTo(TypicalSpeed.defaultKmh(TravelMode.AIR));
    }

    @Test
    void theTypicalSpeedIsTheMedianOfThePlausibleLegs() {
        // 1 h legs of 10, 30 and 20 km along a meridian: median 20 km/h
        Trajectory t = geodesicTrajectory(railTrack(), List.of(
                sighting(1, "2023-09-12T00:00Z", KHASAN, 0, 0),
                sighting(2, "2023-09-12T01:00Z", whereabouts.geo.Geodesy.destination(KHASAN, 0, 10_000), 0, 0),
                sighting(3, "2023-09-12T02:00Z", whereabouts.geo.Geodesy.destination(KHASAN, 0, 40_000), 0, 0),
                sighting(4, "2023-09-12T03:00Z", whereabouts.geo.Geodesy.destination(KHASAN, 0, 60_000), 0, 0)));
        assertThat(t.typicalSpeed().kmh()).isCloseTo(20.0, within(0.01));
        assertThat(t.typicalSpeed().legsUsed()).isEqualTo(3);
    }
}
