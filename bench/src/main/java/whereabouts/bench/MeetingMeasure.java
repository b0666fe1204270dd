package whereabouts.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;
import whereabouts.track.TrajectoryBuilder;
import whereabouts.track.TravelMode;
import whereabouts.track.meeting.Alibi;
import whereabouts.track.meeting.AlibiQuery;
import whereabouts.track.meeting.TrackPrisms;

/**
 * Times the alibi query ({@code /api/meetings}' core) for two tracks of 1,000 sightings each (target ≤ 50 ms).
 *
 * <p>Workload, chosen to be hard: track A wanders from Pyongyang, a report every 30 min (± 0, 2 km) after 10–30 km
 * on a slowly turning bearing, legs densified every 5 km; track B follows the same path 5 km to the side and
 * 45 min behind, so the two prisms come within the 10 km asked about again and again and most event intervals
 * must be split down to the 1 s resolution at both ends of a window. Times prisms plus query (the trajectories
 * are cached on the server), 30 warm-up runs, then 200 timed runs.
 *
 * <pre>java -cp target/classes:$(deps) whereabouts.bench.MeetingMeasure</pre>
 */
public final class MeetingMeasure {
    private MeetingMeasure() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        TrajectoryBuilder builder = new TrajectoryBuilder(new GeodesicLegRouter());
        Random random = new Random(20230913);
        List<Sighting> a = new ArrayList<>();
        List<Sighting> b = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.of(2023, 9, 10, 6, 0, 0, 0, ZoneOffset.UTC);
        LatLon p = new LatLon(39.03385, 125.75432);
        double bearing = 45;
        for (int i = 0; i < n; i++) {
            a.add(report(1, i, t, p));
            b.add(report(2, i, t.plusMinutes(45), Geodesy.destination(p, bearing + 90, 5_000)));
            t = t.plusMinutes(30);
            bearing += random.nextGaussian() * 10;
            p = Geodesy.destination(p, bearing, 10_000 + random.nextDouble() * 20_000);
        }
        Trajectory ta = builder.build(track(1), a);
        Trajectory tb = builder.build(track(2), b);
        AlibiQuery query = new AlibiQuery();
        Alibi last = null;
        for (int i = 0; i < 30; i++) {
            last = query.between(TrackPrisms.of(ta), TrackPrisms.of(tb), 10);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        TrackPrisms pa = TrackPrisms.of(ta);
        TrackPrisms pb = TrackPrisms.of(tb);
        for (boolean withPrisms : new boolean[] {true, false}) {
            double[] wall = new double[200];
            double[] used = new double[wall.length];
            for (int i = 0; i < wall.length; i++) {
                long started = System.nanoTime();
                long cpuStarted = cpu.getCurrentThreadCpuTime();
                last = withPrisms ? query.between(TrackPrisms.of(ta), TrackPrisms.of(tb), 10)
                        : query.between(pa, pb, 10);
                used[i] = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
                wall[i] = (System.nanoTime() - started) / 1e6;
            }
            System.out.printf("%d + %d sightings, withinKm 10, %s: %d possible windows, %d apart%n", n, n,
                    withPrisms ? "prisms built per query" : "prisms cached", last.possible().size(),
                    last.apart().size());
            print("  wall", wall);
            print("  cpu ", used);
        }
    }

    private static void print(String what, double[] ms) {
        Arrays.sort(ms);
        System.out.printf("%s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, ms[ms.length / 2],
                ms[ms.length * 9 / 10], ms[ms.length * 99 / 100], ms[ms.length - 1]);
    }

    private static Track track(long id) {
        return new Track(id, "bench " + id, null, TravelMode.RAIL, 80, Instant.parse("2023-09-01T00:00:00Z"));
    }

    private static Sighting report(long track, long i, OffsetDateTime at, LatLon where) {
        return new Sighting(track * 100_000 + i, track, 1, at, 0, null, where, null, null, 2.0, "bench", null,
                Confidence.REPORTED, SightingKind.SIGHTING, null, Instant.parse("2023-09-01T00:00:00Z"));
    }
}
