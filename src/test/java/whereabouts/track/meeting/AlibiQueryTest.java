package whereabouts.track.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static whereabouts.track.meeting.MeetingFixtures.at;
import static whereabouts.track.meeting.MeetingFixtures.hoursOf;
import static whereabouts.track.meeting.MeetingFixtures.prisms;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.TimeWindow;

/**
 * The alibi query on hand-made tracks whose answer follows from the prism formulas by hand. Window ends are
 * exact to the query's resolution (1 s); the tolerance below (2 s, in hours) adds the chord-vs-geodesic scale of
 * the fixtures (0.1 %, about 0.1 s at these speeds).
 */
class AlibiQueryTest {
    private static final double SECONDS = 1 / 3600.0;
    private static final double TOLERANCE_H = 2 * SECONDS;
    /** One degree of longitude on the equator, as the legs measure it (WGS84 geodesic), km. */
    private static final double L = Geodesy.distanceMeters(new LatLon(0, 0), new LatLon(0, 1)) / 1000;
    private final AlibiQuery query = new AlibiQuery();

    /**
     * <pre>
     *   A  00:00 ●─────────────────────────────────► ● 10:00      v_max 20 km/h, L = 111.3 km
     *   B  10:00 ● ◄─────────────────────────────────● 00:00
     *       lon 0                                   lon 1
     * </pre>
     * A can be at most 20·t km from its start; so can B from its own: their pieces come within 1 km once
     * 2·20·t ≥ L − 1, i.e. t ≥ (L − 1)/40 h = 2.76 h, and (by symmetry) until 10 − (L − 1)/40 h.
     */
    @Test
    void headOnOnOneLineMeetsOnlyOnceBothCouldHaveCoveredHalfTheWay() {
        Alibi alibi = query.between(
                prisms(1, 20, at(0, 0, 0, 0), at(10, 0, 1, 0)),
                prisms(2, 20, at(0, 0, 1, 0), at(10, 0, 0, 0)), 1.0);

        double opens = (L - 1) / 40;
        assertThat(alibi.possible()).hasSize(1);
        MeetingWindow w = alibi.possible().get(0);
        assertThat(hoursOf(w.from())).isCloseTo(opens, within(TOLERANCE_H));
        assertThat(hoursOf(w.to())).isCloseTo(10 - opens, within(TOLERANCE_H));
        assertThat(w.closestKm()).isCloseTo(0, within(1e-6)); // mid-window both can be anywhere mid-line
        assertThat(alibi.apart()).hasSize(2);
        assertThat(hoursOf(alibi.apart().get(0).start())).isEqualTo(0);
        assertThat(hoursOf(alibi.apart().get(0).end())).isCloseTo(opens, within(TOLERANCE_H));
        assertThat(hoursOf(alibi.apart().get(1).end())).isEqualTo(10);
        assertThat(hoursOf(alibi.spanFrom())).isEqualTo(0);
        assertThat(hoursOf(alibi.spanTo())).isEqualTo(10);
    }

    /**
     * <pre>
     *   A  00:00 ●─────────────────► ● 10:00         lat 0.0
     *   B        05:00 ●─────────────────► ● 15:00   lat 0.1   (11.1 km north)
     * </pre>
     * Over their common hours 05:00–10:00, A must be at least L − 20·(10 − t) along and B at most 20·(t − 5):
     * B trails A by at least L − 100 = 11.3 km, so they are never closer than √(11.1² + 11.3²) ≈ 15.9 km.
     */
    @Test
    void aSubjectThatLeftFiveHoursLaterNeverCatchesUp() {
        TrackPrisms a = prisms(1, 20, at(0, 0, 0, 0), at(10, 0, 1, 0));
        TrackPrisms b = prisms(2, 20, at(5, 0.1, 0, 0), at(15, 0.1, 1, 0));

        Alibi near = query.between(a, b, 14);
        assertThat(near.possible()).isEmpty();
        assertThat(near.apart()).extracting(w -> hoursOf(w.start()), w -> hoursOf(w.end()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5.0, 10.0));

        Alibi far = query.between(a, b, 18);
        assertThat(far.apart()).isEmpty();
        assertThat(far.possible()).hasSize(1);
        assertThat(far.possible().get(0).closestKm()).isCloseTo(15.86, within(0.05));
    }

    /**
     * <pre>
     *                      ● B waits at lon 0.5 from 00:00 to 10:00
     *   A  00:00 ●─────────┼─────────► ● 10:00   v_max 20 km/h
     * </pre>
     * A is within 2 km of the midpoint from (L/2 − 2)/20 h until 10 − (L/2 − 2)/20 h; the closest approach is at
     * B's spot.
     */
    @Test
    void aWaitingSubjectCanBeMetWhereItWaits() {
        Alibi alibi = query.between(
                prisms(1, 20, at(0, 0, 0, 0), at(10, 0, 1, 0)),
                prisms(2, 20, at(0, 0, 0.5, 0), at(10, 0, 0.5, 0)), 2.0);

        double opens = (L / 2 - 2) / 20;
        assertThat(alibi.possible()).hasSize(1);
        MeetingWindow w = alibi.possible().get(0);
        assertThat(hoursOf(w.from())).isCloseTo(opens, within(TOLERANCE_H));
        assertThat(hoursOf(w.to())).isCloseTo(10 - opens, within(TOLERANCE_H));
        assertThat(w.closestKm()).isLessThan(0.01);
        assertThat(w.closestA().lon()).isCloseTo(0.5, within(1e-4));
        assertThat(w.closestB().lon()).isCloseTo(0.5, within(1e-4));
        assertThat(w.stretchB()).allSatisfy(p -> assertThat(p.lon()).isCloseTo(0.5, within(1e-9)));
    }

    @Test
    void tracksWithNoCommonTimeHaveNoSpan() {
        Alibi alibi = query.between(
                prisms(1, 20, at(0, 0, 0, 0), at(10, 0, 1, 0)),
                prisms(2, 20, at(11, 0, 0, 0), at(12, 0, 0.1, 0)), 5);
        assertThat(alibi.spanFrom()).isNull();
        assertThat(alibi.possible()).isEmpty();
        assertThat(alibi.apart()).isEmpty();
    }

    /**
     * Reports 200 km apart one hour apart at v_max 20 km/h cannot both be true: the prism is empty, and the query
     * keeps the whole leg rather than ruling a meeting out.
     */
    @Test
    void contradictoryReportsRuleNothingOut() {
        Alibi alibi = query.between(
                prisms(1, 20, at(0, 0, 0, 0), at(1, 0, 1.8, 0)),
                prisms(2, 20, at(0, 0, 1.5, 0), at(1, 0, 1.5, 0)), 1);
        assertThat(alibi.apart()).isEmpty();
        assertThat(alibi.possible()).hasSize(1);
    }

    /**
     * Random zig-zag tracks: at 400 random instants, the window the query puts the instant in agrees with the
     * feasible pieces' distance at that instant, except within the resolution of a window's end.
     */
    @Test
    void everyInstantIsClassifiedAsItsOwnPiecesSay() {
        Random random = new Random(21);
        for (int round = 0; round < 5; round++) {
            TrackPrisms a = prisms(1, 60, zigzag(random, 30));
            TrackPrisms b = prisms(2, 60, zigzag(random, 30));
            double d = 5 + random.nextDouble() * 20;
            Alibi alibi = query.between(a, b, d);
            long from = alibi.spanFrom().toEpochMilli();
            long to = alibi.spanTo().toEpochMilli();
            for (int k = 0; k < 80; k++) {
                long t = from + (long) (random.nextDouble() * (to - from));
                LegPrism pa = a.legs().get(legAt(a, t));
                LegPrism pb = b.legs().get(legAt(b, t));
                double dist = pa.shape().closest(pa.lo(t), pa.hi(t), pb.shape(), pb.lo(t), pb.hi(t), 0,
                        Double.POSITIVE_INFINITY).distanceKm();
                boolean nearEnd = alibi.possible().stream().anyMatch(w -> Math.abs(w.from().toEpochMilli() - t)
                        < 2000 || Math.abs(w.to().toEpochMilli() - t) < 2000);
                if (nearEnd || Math.abs(dist - d) < 1e-6) {
                    continue;
                }
                boolean inPossible = alibi.possible().stream().anyMatch(w -> contains(w.from(), w.to(), t));
                boolean inApart = alibi.apart().stream().anyMatch(w -> contains(w.start(), w.end(), t));
                assertThat(inPossible).as("t=%d dist=%.3f d=%.3f", t, dist, d).isEqualTo(dist <= d);
                assertThat(inApart).isEqualTo(dist > d);
            }
            for (TimeWindow w : alibi.apart()) {
                assertThat(w.end()).isAfterOrEqualTo(w.start());
            }
        }
    }

    private static boolean contains(java.time.Instant from, java.time.Instant to, long t) {
        return from.toEpochMilli() <= t && t <= to.toEpochMilli();
    }

    private static int legAt(TrackPrisms track, long t) {
        List<LegPrism> legs = track.legs();
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).endMs() >= t) {
                return i;
            }
        }
        return legs.size() - 1;
    }

    /** n reports an hour or two apart, wandering within a 1° square. */
    private static double[][] zigzag(Random random, int n) {
        double[][] out = new double[n][];
        double hours = 0;
        for (int i = 0; i < n; i++) {
            out[i] = at(hours, random.nextDouble(), random.nextDouble(), random.nextDouble() * 3);
            hours += 1 + random.nextDouble();
        }
        return out;
    }
}
