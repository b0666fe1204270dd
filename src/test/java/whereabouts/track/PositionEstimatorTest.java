package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static whereabouts.track.GeoAssertions.distanceToLineKm;
import static whereabouts.track.GeoAssertions.km;
import static whereabouts.track.TrackFixtures.KHASAN;
import static whereabouts.track.TrackFixtures.PYONGYANG;
import static whereabouts.track.TrackFixtures.PYONGYANG_TO_KHASAN;
import static whereabouts.track.TrackFixtures.VLADIVOSTOK;
import static whereabouts.track.TrackFixtures.expected;
import static whereabouts.track.TrackFixtures.geodesicTrajectory;
import static whereabouts.track.TrackFixtures.instant;
import static whereabouts.track.TrackFixtures.railTrack;
import static whereabouts.track.TrackFixtures.sighting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/** Where the train was at any instant, on the Pyongyang → Khasan fixture. */
class PositionEstimatorTest {
    private final PositionEstimator estimator = new PositionEstimator(PlaceDescriber.NONE);
    private final Trajectory trajectory = geodesicTrajectory(railTrack(), PYONGYANG_TO_KHASAN);
    private final Instant departure = instant("2023-09-10T15:00+09:00");
    private final Instant arrival = instant("2023-09-12T06:00+10:00");

    private PositionEstimate at(Instant t) {
        return estimator.estimate(trajectory, t);
    }

    @Test
    void atTheTimeMidpointTheTrainIsHalfwayAlongTheLeg() {
        Instant midpoint = departure.plus(Duration.between(departure, arrival).dividedBy(2));
        PositionEstimate e = at(midpoint);
        Leg leg = trajectory.legs().get(0);

        assertThat(e.status()).isEqualTo(PositionStatus.IN_TRANSIT);
        assertThat(e.legIndex()).isZero();
        assertThat(e.fraction()).isCloseTo(0.5, within(1e-9));
        LatLon halfway = Geodesy.interpolate(PYONGYANG, KHASAN, 0.5);
        assertThat(km(e.position(), halfway)).isLessThan(0.02 * leg.lengthKm());
        assertThat(distanceToLineKm(e.position(), leg.line().points())).isLessThan(1.0);
    }

    @Test
    void offTheRailNetworkThereIsNoStretchOfLineOnlyTheRadius() {
        Instant midpoint = departure.plus(Duration.between(departure, arrival).dividedBy(2));
        PositionEstimate inTransit = at(midpoint);
        assertThat(trajectory.legs().get(0).route().mode()).isEqualTo("geodesic");
        assertThat(inTransit.stretch()).isNull();
        assertThat(inTransit.uncertaintyKm()).isPositive();
        assertThat(at(departure).stretch()).isNull(); // at a sighting
    }

    @Test
    void inTransitTheTrainMovesInProportionToElapsedTime() {
        Leg leg = trajectory.legs().get(0);
        Instant quarter = departure.plus(Duration.between(departure, arrival).dividedBy(4));
        PositionEstimate e = at(quarter);
        assertThat(e.fraction()).isCloseTo(0.25, within(1e-9));
        assertThat(km(PYONGYANG, e.position())).isCloseTo(0.25 * leg.lengthKm(), within(0.5));
    }

    @Test
    void theTrainMovesUniformlyInMeasureNotInDrawnLength() {
        // An L-shaped leg whose northern arm (drawn N km) is measured by its km posts as 3N km, and whose
        // eastern arm (E km) as drawn. The train covers 3N + E km in uniform time, so it reaches the corner
        // after 3N / (3N + E) of the time, not after N / (N + E).
        //
        //   corner ---(east, measured x1)--- end
        //     |
        //   (north, measured x3)
        //     |
        //   start
        LatLon corner = new LatLon(KHASAN.lat(), PYONGYANG.lon());
        LegRouter measured = (from, to, mode) -> {
            List<LatLon> north = Geodesy.densify(from, corner, 5_000);
            List<LatLon> east = Geodesy.densify(corner, to, 5_000);
            List<LatLon> line = new ArrayList<>(north);
            line.addAll(east.subList(1, east.size()));
            whereabouts.network.Route drawn = whereabouts.network.Route.geodesic(line, null);
            double northDrawnKm = drawn.measuresKm().get(north.size() - 1);
            List<Double> m = drawn.measuresKm().stream()
                    .map(d -> d <= northDrawnKm ? 3 * d : 3 * northDrawnKm + (d - northDrawnKm)).toList();
            return new whereabouts.network.Route(line, m, m.get(m.size() - 1), drawn.lengthKm(), m.get(m.size() - 1),
                    "rail", null, List.of(), List.of(), 0, 0);
        };
        Trajectory t = new TrajectoryBuilder(measured).build(railTrack(), PYONGYANG_TO_KHASAN);
        Leg leg = t.legs().get(0);
        double northKm = km(PYONGYANG, corner);
        double eastKm = km(corner, KHASAN);
        assertThat(leg.lengthKm()).isCloseTo(3 * northKm + eastKm, within(0.5));
        assertThat(leg.route().drawnKm()).isCloseTo(northKm + eastKm, within(0.5));

        // At the instant when 3N of the 3N + E measured km are done, the train is at the corner; by drawn length it
        // would be well past it on the eastern arm.
        double share = 3 * northKm / (3 * northKm + eastKm);
        Instant at = departure.plus(Duration.ofMillis((long) (share * Duration.between(departure, arrival).toMillis())));
        PositionEstimate e = estimator.estimate(t, at);
        assertThat(km(e.position(), corner)).isLessThan(0.5);
    }

    @Test
    void legsFollowTheirGeometryNotTheStraightLine() {
        // A real L-shaped route: due north from the start to the corner, then due east to the end.
        LegRouter viaCorner = (from, to, mode) -> {
            List<LatLon> line = new ArrayList<>(Geodesy.densify(from, new LatLon(to.lat(), from.lon()), 5_000));
            List<LatLon> east = Geodesy.densify(new LatLon(to.lat(), from.lon()), to, 5_000);
            line.addAll(east.subList(1, east.size()));
            whereabouts.network.Route g = whereabouts.network.Route.geodesic(line, null);
            return new whereabouts.network.Route(line, g.measuresKm(), g.lengthKm(), g.lengthKm(), 0, "rail", null,
                    List.of(), List.of(), 0, 0);
        };
        Trajectory lShaped = new TrajectoryBuilder(viaCorner).build(railTrack(), PYONGYANG_TO_KHASAN);
        Leg leg = lShaped.legs().get(0);
        double northKm = km(PYONGYANG, new LatLon(KHASAN.lat(), PYONGYANG.lon()));
        double share = northKm / leg.lengthKm();
        Instant t = departure.plus(Duration.ofMillis((long) (share * Duration.between(departure, arrival).toMillis())));

        PositionEstimate e = estimator.estimate(lShaped, t);

        assertThat(km(e.position(), new LatLon(KHASAN.lat(), PYONGYANG.lon()))).isLessThan(0.1);
        assertThat(distanceToLineKm(e.position(), List.of(PYONGYANG, KHASAN))).isGreaterThan(100);
    }

    @Nested
    class Statuses {
        @Test
        void beforeTheFirstWindowThereIsNoPosition() {
            PositionEstimate e = at(instant("2023-09-10T11:59+09:00"));
            assertThat(e.status()).isEqualTo(PositionStatus.BEFORE_FIRST);
            assertThat(e.position()).isNull();
            assertThat(e.uncertaintyKm()).isNull();
        }

        @Test
        void withinAWindowTheTrainIsAtThatSighting() {
            PositionEstimate e = at(instant("2023-09-10T12:00+09:00"));
            assertThat(e.status()).isEqualTo(PositionStatus.AT_SIGHTING);
            assertThat(e.sightingId()).isEqualTo(1);
            assertThat(e.position()).isEqualTo(PYONGYANG);

            PositionEstimate late = at(instant("2023-09-12T08:30+10:00"));
            assertThat(late.status()).isEqualTo(PositionStatus.AT_SIGHTING);
            assertThat(late.sightingId()).isEqualTo(2);
        }

        @Test
        void betweenWindowsTheTrainIsInTransit() {
            PositionEstimate e = at(instant("2023-09-10T18:01+09:00"));
            assertThat(e.status()).isEqualTo(PositionStatus.IN_TRANSIT);
            assertThat(e.sightingId()).isNull();
            assertThat(e.fraction()).isBetween(0.0, 0.1);
        }

        @Test
        void afterTheLastWindowWithoutADestinationTheTrainStaysAtTheLastPosition() {
            PositionEstimate e = at(instant("2023-09-12T09:01+10:00"));
            assertThat(e.status()).isEqualTo(PositionStatus.AFTER_LAST);
            assertThat(e.position()).isEqualTo(KHASAN);
            assertThat(e.sightingId()).isEqualTo(2);
        }

        @Test
        void afterTheLastWindowWithADestinationTheTrainIsProjectedTowardsIt() {
            Trajectory withDestination = geodesicTrajectory(railTrack(), withVladivostokExpected());
            double typicalKmh = withDestination.typicalSpeed().kmh();

            PositionEstimate e = estimator.estimate(withDestination, arrival.plus(Duration.ofHours(4)));

            assertThat(e.status()).isEqualTo(PositionStatus.PROJECTED);
            assertThat(e.sightingId()).isEqualTo(3);
            assertThat(e.legIndex()).isZero();
            assertThat(km(KHASAN, e.position())).isCloseTo(4 * typicalKmh, within(0.5));
            assertThat(km(e.position(), VLADIVOSTOK)).isLessThan(km(KHASAN, VLADIVOSTOK));
        }

        @Test
        void aProjectionStopsAtTheExpectedDestination() {
            Trajectory withDestination = geodesicTrajectory(railTrack(), withVladivostokExpected());

            PositionEstimate e = estimator.estimate(withDestination, instant("2024-01-01T00:00Z"));

            assertThat(e.status()).isEqualTo(PositionStatus.PROJECTED);
            assertThat(e.fraction()).isEqualTo(1.0);
            assertThat(km(e.position(), VLADIVOSTOK)).isLessThan(0.001);
        }

        @Test
        void aTrackWithoutSightingsHasNoPosition() {
            Trajectory none = geodesicTrajectory(railTrack(), List.of(
                    expected(3, "2023-09-13T12:00+10:00", VLADIVOSTOK, 1440, 10)));
            PositionEstimate e = estimator.estimate(none, arrival);
            assertThat(e.status()).isEqualTo(PositionStatus.NO_SIGHTINGS);
            assertThat(e.position()).isNull();
        }

        private List<Sighting> withVladivostokExpected() {
            List<Sighting> reports = new ArrayList<>(PYONGYANG_TO_KHASAN);
            reports.add(expected(3, "2023-09-13T12:00+10:00", VLADIVOSTOK, 1440, 10));
            return reports;
        }
    }

    @Test
    void theSameInstantWrittenWithDifferentOffsetsGivesTheSameAnswer() {
        List<String> sameInstant = List.of("2023-09-11T10:00+09:00", "2023-09-11T01:00Z",
                "2023-09-11T11:00+10:00", "2023-09-10T21:00-04:00", "2023-09-11T06:30+05:30");
        PositionEstimate first = at(instant(sameInstant.get(0)));
        assertThat(first.status()).isEqualTo(PositionStatus.IN_TRANSIT);
        for (String written : sameInstant) {
            assertThat(at(instant(written))).as(written).isEqualTo(first);
        }
    }

    @Test
    void whenWindowsOverlapTheSightingWithTheNearestReportedInstantIsTaken() {
        Trajectory t = geodesicTrajectory(railTrack(), List.of(
                sighting(1, "2023-09-10T00:00Z", PYONGYANG, 0, 1),
                sighting(2, "2023-09-10T10:00Z", KHASAN, 12 * 60, 50),
                sighting(3, "2023-09-10T12:00Z", VLADIVOSTOK, 30, 1)));
        assertThat(estimator.estimate(t, instant("2023-09-10T11:50Z")).sightingId()).isEqualTo(3);
        assertThat(estimator.estimate(t, instant("2023-09-10T03:00Z")).sightingId()).isEqualTo(2);
        assertThat(estimator.estimate(t, instant("2023-09-10T00:00Z")).sightingId()).isEqualTo(1);
    }

    @Nested
    class Uncertainty {
        @Test
        void atAReportedInstantItIsThatReportsLocationUncertainty() {
            assertThat(at(departure).uncertaintyKm()).isEqualTo(5.0);
            assertThat(at(arrival).uncertaintyKm()).isEqualTo(2.0);
        }

        @Test
        void itGrowsMonotonicallyWithTheTimeToTheNearestSightingUntilTheLegCapsIt() {
            Leg leg = trajectory.legs().get(0);
            double k = UncertaintyModel.spreadKmh(leg.speedKmh(), railTrack().maxSpeedKmh());
            for (Duration d = Duration.ZERO; d.compareTo(Duration.ofHours(6)) < 0; d = d.plusMinutes(10)) {
                double hours = d.toMinutes() / 60.0;
                // the first hours after the report: the speed spread, not the leg's length, sets the width
                assertThat(at(departure.plus(d)).uncertaintyKm()).as("%s after Pyongyang", d)
                        .isCloseTo(Math.min(5.0 + k * hours, 5.0 + leg.lengthKm()), within(1e-6));
            }
            Duration half = Duration.between(departure, arrival).dividedBy(2);
            assertThat(at(departure.plus(half)).uncertaintyKm()).isGreaterThan(at(departure.plusSeconds(3600))
                    .uncertaintyKm());
        }

        /**
         * The band holds the whole prism along the leg: going forward at no more than v_max from within r of each
         * report, the subject is between max(−r1, L − r2 − v·(T − τ)) and min(L + r2, r1 + v·τ) km along it, τ
         * after the first report; the estimate is at f·L. (The old cap of L/2 failed this early and late in a
         * slow leg.)
         */
        @Test
        void itIsNeverNarrowerThanTheSpaceTimePrismAlongTheLeg() {
            Leg leg = trajectory.legs().get(0);
            double v = railTrack().maxSpeedKmh();
            double lengthKm = leg.lengthKm();
            double spanHours = Duration.between(departure, arrival).toMillis() / 3_600_000.0;
            for (Instant t = departure.plusSeconds(900); t.isBefore(arrival); t = t.plusSeconds(900)) {
                PositionEstimate e = at(t);
                if (e.status() != PositionStatus.IN_TRANSIT) {
                    continue;
                }
                double tau = Duration.between(departure, t).toMillis() / 3_600_000.0;
                double estimateKm = e.fraction() * lengthKm;
                double lo = Math.max(-5.0, lengthKm - 2.0 - v * (spanHours - tau));
                double hi = Math.min(lengthKm + 2.0, 5.0 + v * tau);
                assertThat(e.uncertaintyKm()).as("at %s", t)
                        .isGreaterThanOrEqualTo(Math.max(estimateKm - lo, hi - estimateKm) - 1e-6);
            }
        }

        @Test
        void itIsContinuousAcrossStatusChanges() {
            Leg leg = trajectory.legs().get(0);
            double kmPerMinute = UncertaintyModel.spreadKmh(leg.speedKmh(), railTrack().maxSpeedKmh()) / 60;
            double previous = at(departure).uncertaintyKm();
            for (Instant t = departure; t.isBefore(arrival); t = t.plusSeconds(60)) {
                double u = at(t).uncertaintyKm();
                assertThat(Math.abs(u - previous)).as("step at %s", t).isLessThanOrEqualTo(kmPerMinute + 1e-9);
                previous = u;
            }
        }

        @Test
        void itNeverExceedsWhatTheLegAllows() {
            Leg leg = trajectory.legs().get(0);
            double spanMs = Duration.between(departure, arrival).toMillis();
            for (Instant t = departure; t.isBefore(arrival); t = t.plusSeconds(1800)) {
                double f = Duration.between(departure, t).toMillis() / spanMs;
                // no point of the leg is farther from the estimate (at f of it) than its farther end
                assertThat(at(t).uncertaintyKm()).isLessThanOrEqualTo(5.0 + leg.lengthKm() * Math.max(f, 1 - f) + 1e-9);
            }
        }

        @Test
        void itGrowsAtTheMaximumSpeedAfterTheLastSighting() {
            PositionEstimate e = at(arrival.plus(Duration.ofHours(10)));
            assertThat(e.uncertaintyKm()).isCloseTo(2 + 10 * railTrack().maxSpeedKmh(), within(1e-9));
        }

        @Test
        void itCoversTheStepFromTheReportedPlaceToTheMovingEstimateAtAWindowEdge() {
            Instant edge = departure.plus(Duration.ofHours(3));
            PositionEstimate inside = at(edge);
            PositionEstimate outside = at(edge.plusMillis(1));
            assertThat(inside.status()).isEqualTo(PositionStatus.AT_SIGHTING);
            assertThat(outside.status()).isEqualTo(PositionStatus.IN_TRANSIT);
            assertThat(km(inside.position(), outside.position())).isLessThan(outside.uncertaintyKm());
        }
    }
}
