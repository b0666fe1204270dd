package whereabouts.track.meeting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;
import whereabouts.track.TrajectoryBuilder;
import whereabouts.track.TravelMode;

/** Hand-made tracks for the alibi specs: reports at whole hours of 1 Jan 2024 UTC, legs drawn as geodesics. */
final class MeetingFixtures {
    static final Instant MIDNIGHT = Instant.parse("2024-01-01T00:00:00Z");
    private static final TrajectoryBuilder BUILDER = new TrajectoryBuilder(new GeodesicLegRouter(1.0));

    private MeetingFixtures() {
    }

    /** A report: {hours after midnight, lat, lon, location uncertainty km}. */
    static double[] at(double hours, double lat, double lon, double radiusKm) {
        return new double[] {hours, lat, lon, radiusKm};
    }

    static Trajectory track(long id, double maxSpeedKmh, double[]... reports) {
        Track track = new Track(id, "track " + id, null, TravelMode.ROAD, maxSpeedKmh, MIDNIGHT);
        List<Sighting> sightings = new ArrayList<>();
        for (double[] r : reports) {
            Instant when = MIDNIGHT.plusMillis(Math.round(r[0] * 3_600_000));
            sightings.add(new Sighting(id * 1000 + sightings.size(), id, 1,
                    OffsetDateTime.ofInstant(when, java.time.ZoneOffset.UTC), 0, null, new LatLon(r[1], r[2]), null,
                    null, r[3], "fixture", null, Confidence.REPORTED, SightingKind.SIGHTING, null, MIDNIGHT));
        }
        return BUILDER.build(track, sightings);
    }

    static TrackPrisms prisms(long id, double maxSpeedKmh, double[]... reports) {
        return TrackPrisms.of(track(id, maxSpeedKmh, reports));
    }

    static double hoursOf(Instant t) {
        return (t.toEpochMilli() - MIDNIGHT.toEpochMilli()) / 3_600_000.0;
    }
}
