package whereabouts.track.likely;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.PlaceDescriber;
import whereabouts.track.PositionEstimate;
import whereabouts.track.PositionEstimator;
import whereabouts.track.PositionStatus;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;
import whereabouts.track.TrajectoryBuilder;
import whereabouts.track.TravelMode;

/**
 * Coverage of the likely band on a synthetic track whose true positions are known: a subject moves east along
 * the equator at a speed drawn afresh every hour (log-normal, mean 40 km/h, coefficient of variation 0.3, so
 * κ = 0.3² · 1 h = 0.09 h); it is reported, exactly, every 6 to 18 h, 200 times. At 2,000 instants drawn
 * uniformly over the track (fixed seeds), the band is asked for and compared with where the subject really was.
 * The 50 % band must hold the truth at 40–60 % of the instants and the 90 % band at 85–95 %: a model whose spread
 * were off by half in either direction would miss those ranges (the second test shows one that does).
 */
class LikelyBandCoverageTest {
    private static final LatLon ORIGIN = new LatLon(0, 0);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** The subject's true distance along the equator at every whole hour, km. */
    private record Truth(double[] kmAtHour, List<Sighting> reports) {
        double kmAt(double hours) {
            int h = (int) Math.floor(hours);
            return kmAtHour[h] + (kmAtHour[h + 1] - kmAtHour[h]) * (hours - h);
        }
    }

    private static Truth simulate(long seed) {
        Random random = new Random(seed);
        double cv = 0.3;
        double sigmaLn = Math.sqrt(Math.log(1 + cv * cv));
        double muLn = Math.log(40) - sigmaLn * sigmaLn / 2;
        double[] km = new double[4000];
        for (int h = 1; h < km.length; h++) {
            km[h] = km[h - 1] + Math.exp(muLn + sigmaLn * random.nextGaussian());
        }
        List<Sighting> reports = new ArrayList<>();
        double hours = 0;
        LatLon at = ORIGIN;
        double lastKm = 0;
        for (int i = 0; i < 200; i++) {
            at = Geodesy.destination(at, 90, (km[(int) hours] - lastKm) * 1000);
            lastKm = km[(int) hours];
            reports.add(new Sighting(i + 1, 1, 1, OffsetDateTime.ofInstant(T0.plusSeconds((long) hours * 3600),
                    ZoneOffset.UTC), 0, null, at, null, null, 0.0, "simulation", null, Confidence.CONFIRMED,
                    SightingKind.SIGHTING, null, T0));
            hours += 6 + random.nextInt(13);
        }
        return new Truth(km, reports);
    }

    private static double[] coverage(Truth truth, Trajectory trajectory, double sdScale, long seed) {
        PositionEstimator estimator = new PositionEstimator(PlaceDescriber.NONE);
        LikelyBandModel model = new LikelyBandModel();
        Random random = new Random(seed);
        double lastHours = (trajectory.instantMillis(trajectory.sightings().size() - 1) - T0.toEpochMilli())
                / 3_600_000.0;
        int in50 = 0;
        int in90 = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double hours = random.nextDouble() * lastHours;
            Instant at = T0.plusMillis(Math.round(hours * 3_600_000));
            PositionEstimate e = estimator.estimate(trajectory, at);
            LikelyBand band = model.band(trajectory, e);
            double errorKm;
            if (e.status() == PositionStatus.IN_TRANSIT) {
                var leg = trajectory.legs().get(e.legIndex());
                double fromKm = truth.kmAt(hours(leg.from().instant()));
                double estimateKm = fromKm + e.fraction() * leg.lengthKm();
                errorKm = Math.abs(truth.kmAt((at.toEpochMilli() - T0.toEpochMilli()) / 3_600_000.0) - estimateKm);
            } else {
                errorKm = 0; // exactly at a report
            }
            if (errorKm <= band.likelyKm50() * sdScale) {
                in50++;
            }
            if (errorKm <= band.likelyKm90() * sdScale) {
                in90++;
            }
        }
        return new double[] {100.0 * in50 / n, 100.0 * in90 / n};
    }

    private static double hours(Instant t) {
        return (t.toEpochMilli() - T0.toEpochMilli()) / 3_600_000.0;
    }

    private static Trajectory trajectory(Truth truth) {
        Track track = new Track(1, "synthetic", null, TravelMode.ROAD, 200, T0);
        return new TrajectoryBuilder(new GeodesicLegRouter(20)).build(track, truth.reports());
    }

    @Test
    void theBandsHoldTheTruthAsOftenAsTheySay() {
        Truth truth = simulate(2109);
        Trajectory trajectory = trajectory(truth);
        SpeedSpread spread = SpeedSpread.of(trajectory.legs());
        assertThat(spread.legsUsed()).isEqualTo(199);
        assertThat(spread.kappaHours()).as("κ fitted to the legs").isCloseTo(0.09, within(0.03));

        double[] covered = coverage(truth, trajectory, 1.0, 17);
        System.out.printf("likely band coverage: 50 %% band %.1f %%, 90 %% band %.1f %% (κ fitted %.4f h)%n",
                covered[0], covered[1], spread.kappaHours());
        assertThat(covered[0]).as("50 % band").isBetween(40.0, 60.0);
        assertThat(covered[1]).as("90 % band").isBetween(85.0, 95.0);
    }

    @Test
    void aBandHalfAsWideWouldFailTheSameCheck() {
        Truth truth = simulate(2109);
        double[] covered = coverage(truth, trajectory(truth), 0.5, 17);
        assertThat(covered[0]).isLessThan(40.0);
        assertThat(covered[1]).isLessThan(85.0);
    }

    @Test
    void atAReportThe90PercentBandIsItsRadiusAndFewLegsUseTheCitedDefault() {
        Track track = new Track(1, "short", null, TravelMode.RAIL, 80, T0);
        List<Sighting> two = List.of(
                new Sighting(1, 1, 1, OffsetDateTime.parse("2024-01-01T00:00Z"), 0, null, ORIGIN, null, null, 5.0,
                        "x", null, Confidence.REPORTED, SightingKind.SIGHTING, null, T0),
                new Sighting(2, 1, 1, OffsetDateTime.parse("2024-01-01T10:00Z"), 0, null, new LatLon(0, 4), null,
                        null, 5.0, "x", null, Confidence.REPORTED, SightingKind.SIGHTING, null, T0));
        Trajectory t = new TrajectoryBuilder(new GeodesicLegRouter()).build(track, two);
        LikelyBandModel model = new LikelyBandModel();
        LikelyBand atReport = model.band(t, new PositionEstimator(PlaceDescriber.NONE).estimate(t,
                Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(atReport.likelyKm90()).isCloseTo(5.0, within(1e-9));
        assertThat(atReport.basis()).startsWith("default");

        // mid-leg: sd² = κ·v²·T/4 + (σ/2)² + (σ/2)², v = 44.5 km/h, T = 10 h, σ = 5/1.645
        LikelyBand mid = model.band(t, new PositionEstimator(PlaceDescriber.NONE).estimate(t,
                Instant.parse("2024-01-01T05:00:00Z")));
        double v = t.legs().get(0).speedKmh();
        double sigma = 5 / 1.6449;
        double sd = Math.sqrt(SpeedSpread.DEFAULT_KAPPA_HOURS * v * v * 10 / 4 + 2 * Math.pow(sigma / 2, 2));
        assertThat(mid.sdKm()).isCloseTo(sd, within(1e-6));
        assertThat(mid.likelyKm50()).isCloseTo(0.6745 * sd, within(1e-6));
        assertThat(mid.stretch90()).hasSizeGreaterThanOrEqualTo(2);
    }
}
