package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static whereabouts.track.GeoAssertions.km;
import static whereabouts.track.TrackFixtures.KHASAN;
import static whereabouts.track.TrackFixtures.PYONGYANG;
import static whereabouts.track.TrackFixtures.PYONGYANG_TO_KHASAN;
import static whereabouts.track.TrackFixtures.VLADIVOSTOK;
import static whereabouts.track.TrackFixtures.geodesicTrajectory;
import static whereabouts.track.TrackFixtures.railTrack;
import static whereabouts.track.TrackFixtures.sighting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/** Reports that cannot all be true: too fast (implausible) or in two places at once (conflict). */
class ContradictionTest {

    private static Leg onlyLeg(Track track, Sighting a, Sighting b) {
        return geodesicTrajectory(track, List.of(a, b)).legs().get(0);
    }

    @Nested
    class Implausible {
        @Test
        void vladivostokOneHourAfterPyongyangIsImplausible() {
            Sighting pyongyang = PYONGYANG_TO_KHASAN.get(0);
            Sighting vladivostok = sighting(9, "2023-09-10T17:00+10:00", VLADIVOSTOK, 30, 10);

            Leg leg = onlyLeg(railTrack(), pyongyang, vladivostok);

            assertThat(leg.durationHours()).isCloseTo(1.0, within(1e-9));
            assertThat(leg.flags().implausible()).isTrue();
            // the most favourable times: Pyongyang 3 h early, Vladivostok 30 min late: 4.5 h
            Matcher m = Pattern.compile("needs ≥ ([\\d,]+) km/h over ([\\d,]+) km in 4\\.5 h; max 80 km/h")
                    .matcher(leg.flags().reason());
            assertThat(m.find()).as(leg.flags().reason()).isTrue();
            double neededKmh = Double.parseDouble(m.group(1).replace(",", ""));
            assertThat(neededKmh).isCloseTo(km(PYONGYANG, VLADIVOSTOK) / 4.5, within(1.0));
        }

        @Test
        void theFixtureTripIsPlausible() {
            Leg leg = geodesicTrajectory(railTrack(), PYONGYANG_TO_KHASAN).legs().get(0);
            assertThat(leg.flags()).isEqualTo(LegFlags.NONE);
            assertThat(leg.speedKmh()).isCloseTo(km(PYONGYANG, KHASAN) / 38, within(0.01));
        }

        @Test
        void aSlowerMaximumSpeedMakesTheSameTripImplausible() {
            Track slow = TrackFixtures.track(TravelMode.RAIL, 10);
            Leg leg = geodesicTrajectory(slow, PYONGYANG_TO_KHASAN).legs().get(0);
            assertThat(leg.flags().implausible()).isTrue();
            assertThat(leg.flags().reason()).endsWith("in 44.0 h; max 10 km/h");
        }

        @Test
        void timeUncertaintyCanMakeAFastLegPlausible() {
            Sighting pyongyang = sighting(1, "2023-09-10T15:00+09:00", PYONGYANG, 0, 5);
            Sighting vladivostokExact = sighting(2, "2023-09-10T23:00+09:00", VLADIVOSTOK, 0, 5);
            Sighting vladivostokVague = sighting(2, "2023-09-10T23:00+09:00", VLADIVOSTOK, 10 * 60, 5);
            assertThat(onlyLeg(railTrack(), pyongyang, vladivostokExact).flags().implausible()).isTrue();
            assertThat(onlyLeg(railTrack(), pyongyang, vladivostokVague).flags().implausible()).isFalse();
        }

        @Test
        void implausibleLegsDoNotSetTheTypicalSpeed() {
            List<Sighting> reports = new ArrayList<>(PYONGYANG_TO_KHASAN);
            reports.add(sighting(3, "2023-09-12T07:00+10:00", PYONGYANG, 0, 1)); // back, in 1 h
            Trajectory t = geodesicTrajectory(railTrack(), reports);
            assertThat(t.legs().get(1).flags().implausible()).isTrue();
            assertThat(t.typicalSpeed().kmh()).isEqualTo(t.legs().get(0).speedKmh());
            assertThat(t.typicalSpeed().legsUsed()).isEqualTo(1);
        }
    }

    @Nested
    class Conflict {
        private final LatLon north300 = Geodesy.destination(KHASAN, 0, 300_000);

        @Test
        void twoReportsAtTheSameTime300KmApartConflict() {
            Leg leg = onlyLeg(railTrack(), sighting(1, "2023-09-12T06:00+10:00", KHASAN, 10, 2),
                    sighting(2, "2023-09-11T20:00Z", north300, 10, 2));
            assertThat(leg.flags().conflict()).isTrue();
            assertThat(leg.flags().reason()).contains("reported at the same time 300 km apart; location "
                    + "uncertainties allow 4 km");
        }

        @Test
        void twoReportsAtTheSameTimeWithinTheirUncertaintiesDoNotConflict() {
            LatLon north15 = Geodesy.destination(KHASAN, 0, 15_000);
            Leg leg = onlyLeg(railTrack(), sighting(1, "2023-09-12T06:00+10:00", KHASAN, 10, 10),
                    sighting(2, "2023-09-12T06:00+10:00", north15, 10, 10));
            assertThat(leg.flags()).isEqualTo(LegFlags.NONE);
        }

        @Test
        void reportsAtTheSameInstantWithNoUncertaintyAreBothConflictingAndImplausible() {
            Leg leg = onlyLeg(railTrack(), sighting(1, "2023-09-12T06:00+10:00", KHASAN, 0, 2),
                    sighting(2, "2023-09-12T06:00+10:00", north300, 0, 2));
            assertThat(leg.speedKmh()).isNull();
            assertThat(leg.flags().conflict()).isTrue();
            assertThat(leg.flags().implausible()).isTrue();
            assertThat(leg.flags().reason()).startsWith("needs to cover 300 km in no time");
        }

        @Test
        void overlappingWindowsOfAnOrdinaryMoveDoNotConflict() {
            LatLon east100 = Geodesy.destination(KHASAN, 90, 100_000);
            Leg leg = onlyLeg(railTrack(), sighting(1, "2023-09-12T15:00+10:00", KHASAN, 180, 2),
                    sighting(2, "2023-09-12T17:00+10:00", east100, 180, 2));
            assertThat(TimeWindow.of(leg.from()).overlaps(TimeWindow.of(leg.to()))).isTrue();
            assertThat(leg.flags().conflict()).isFalse();
        }

        @Test
        void overlappingWindowsTooFarApartForTheTimeBetweenThemConflict() {
            Leg leg = onlyLeg(railTrack(), sighting(1, "2023-09-12T15:00+10:00", KHASAN, 180, 2),
                    sighting(2, "2023-09-12T17:00+10:00", north300, 180, 2));
            assertThat(leg.flags().conflict()).isTrue();
            assertThat(leg.flags().reason()).contains("overlapping times 300 km apart")
                    .contains("2.0 h at 80 km/h allow 164 km");
        }
    }
}
