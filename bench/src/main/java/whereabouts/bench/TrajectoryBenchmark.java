package whereabouts.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.PlaceDescriber;
import whereabouts.track.PositionEstimate;
import whereabouts.track.PositionEstimator;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;
import whereabouts.track.TrajectoryBuilder;
import whereabouts.track.TravelMode;

/**
 * Trajectory rebuild and position queries on a track of 10,000 sightings with geodesic legs.
 *
 * <p>Workload: a train leaving Pyongyang, reported every 30 min (± 20 min, 2 km) after moving 10–30 km on a
 * slowly wandering bearing (≈ 200,000 km in all, legs densified every 5 km: ≈ 45,000 vertices), with one
 * expected destination. Position queries use 4,096 pseudo-random instants spread over the whole span (before
 * the first sighting to past the destination's ETA). Run (see bench/README.md):
 * <pre>
 * java -jar bench/target/benchmarks.jar TrajectoryBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
public class TrajectoryBenchmark {
    static final int SIGHTINGS = 10_000;

    private final TrajectoryBuilder builder = new TrajectoryBuilder(new GeodesicLegRouter());
    private final PositionEstimator estimator = new PositionEstimator(PlaceDescriber.NONE);
    private Track track;
    private List<Sighting> reports;
    private Trajectory trajectory;
    private Instant[] queries;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(20230910);
        track = new Track(1, "bench", null, TravelMode.RAIL, 80, Instant.parse("2023-09-01T00:00:00Z"));
        reports = new ArrayList<>(SIGHTINGS + 1);
        OffsetDateTime t = OffsetDateTime.of(2023, 9, 10, 6, 0, 0, 0, ZoneOffset.UTC);
        LatLon p = new LatLon(39.03385, 125.75432);
        double bearing = 45;
        for (int i = 0; i < SIGHTINGS; i++) {
            reports.add(report(i + 1, t, p, SightingKind.SIGHTING));
            t = t.plusMinutes(30);
            bearing += random.nextGaussian() * 10;
            p = Geodesy.destination(p, bearing, 10_000 + random.nextDouble() * 20_000);
        }
        reports.add(report(SIGHTINGS + 1, t.plusHours(12), Geodesy.destination(p, bearing, 300_000),
                SightingKind.EXPECTED));
        trajectory = builder.build(track, reports);
        long first = trajectory.instantMillis(0) - 3_600_000;
        long span = trajectory.projections().get(0).eta().toEpochMilli() + 3_600_000 - first;
        queries = new Instant[4096];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = Instant.ofEpochMilli(first + (long) (random.nextDouble() * span));
        }
    }

    private static Sighting report(long id, OffsetDateTime at, LatLon where, SightingKind kind) {
        return new Sighting(id, 1, 1, at, 20, null, where, null, null, 2.0, "bench", null, Confidence.REPORTED, kind,
                null, Instant.EPOCH);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PositionEstimate positionQuery() {
        return estimator.estimate(trajectory, queries[next++ & (queries.length - 1)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Trajectory rebuild() {
        return builder.build(track, reports);
    }
}
