package whereabouts.track;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import whereabouts.geo.LatLon;

/** Real tracks and reports for the trajectory specs: the September 2023 train and variations on it. */
final class TrackFixtures {
    static final LatLon PYONGYANG = new LatLon(39.03385, 125.75432);
    static final LatLon KHASAN = new LatLon(42.42387, 130.65156);
    static final LatLon VLADIVOSTOK = new LatLon(43.10562, 131.87353);
    static final LatLon USSURIYSK = new LatLon(43.80291, 131.94578);

    /** The fixture: Pyongyang at 15:00 KST on 10 Sep (± 3 h, 5 km), Khasan at 06:00 VLAT on 12 Sep (± 3 h, 2 km). */
    static final List<Sighting> PYONGYANG_TO_KHASAN = List.of(
            sighting(1, "2023-09-10T15:00+09:00", PYONGYANG, 180, 5),
            sighting(2, "2023-09-12T06:00+10:00", KHASAN, 180, 2));

    private TrackFixtures() {
    }

    static Track railTrack() {
        return track(TravelMode.RAIL, Track.DEFAULT_RAIL_MAX_SPEED_KMH);
    }

    static Track track(TravelMode mode, double maxSpeedKmh) {
        return new Track(7, "Armoured train", null, mode, maxSpeedKmh, Instant.parse("2023-09-01T00:00:00Z"));
    }

    static Sighting sighting(long id, String observedAt, LatLon where, int timeUncertaintyMinutes,
                             double locationUncertaintyKm) {
        return report(id, observedAt, where, timeUncertaintyMinutes, locationUncertaintyKm, SightingKind.SIGHTING);
    }

    static Sighting expected(long id, String observedAt, LatLon where, int timeUncertaintyMinutes,
                             double locationUncertaintyKm) {
        return report(id, observedAt, where, timeUncertaintyMinutes, locationUncertaintyKm, SightingKind.EXPECTED);
    }

    private static Sighting report(long id, String observedAt, LatLon where, int timeUncertaintyMinutes,
                                   double locationUncertaintyKm, SightingKind kind) {
        return new Sighting(id, 7, 1, OffsetDateTime.parse(observedAt), timeUncertaintyMinutes, null, where, null,
                null, locationUncertaintyKm, "test fixture", null, Confidence.REPORTED, kind, null,
                Instant.parse("2023-09-13T00:00:00Z"));
    }

    static Trajectory geodesicTrajectory(Track track, List<Sighting> reports) {
        return new TrajectoryBuilder(new GeodesicLegRouter()).build(track, reports);
    }

    static Instant instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }
}
