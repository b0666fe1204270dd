package whereabouts.service.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Leg;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;

/**
 * Everything a download holds: the track, its live sightings in time order (both kinds), its trajectory, and the
 * sampled position estimates ({@code &sample=PT1H}; empty without it, never with a null position).
 */
public record TrackExport(Track track, List<Sighting> sightings, Trajectory trajectory,
                          List<PositionEstimate> samples) {

    /**
     * Each leg's vertices with the instant the subject passes them: the leg's start and end at the reported
     * instants, the vertices between at times proportional to the length travelled (constant speed on a leg).
     */
    public static List<TimedPoint> timed(Leg leg) {
        List<LatLon> points = leg.line().points();
        double total = leg.line().lengthMeters();
        Instant start = leg.from().instant();
        long spanMillis = Duration.between(start, leg.to().instant()).toMillis();
        List<TimedPoint> out = new ArrayList<>(points.size());
        double walked = 0;
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                walked += Geodesy.distanceMeters(points.get(i - 1), points.get(i));
            }
            double f = total > 0 ? Math.min(1, walked / total) : (i == 0 ? 0 : 1);
            out.add(new TimedPoint(points.get(i), start.plusMillis(Math.round(f * spanMillis))));
        }
        return out;
    }

    /**
     * The whole reconstructed path as one list of timed points with strictly increasing instants (a point whose
     * instant is not later than the previous one, such as the shared end of two legs, is left out).
     */
    public List<TimedPoint> timedPath() {
        List<TimedPoint> out = new ArrayList<>();
        if (trajectory.legs().isEmpty() && !trajectory.sightings().isEmpty()) {
            Sighting only = trajectory.sightings().get(0);
            out.add(new TimedPoint(only.position(), only.instant()));
            return out;
        }
        for (Leg leg : trajectory.legs()) {
            for (TimedPoint p : timed(leg)) {
                if (out.isEmpty() || p.at().isAfter(out.get(out.size() - 1).at())) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
