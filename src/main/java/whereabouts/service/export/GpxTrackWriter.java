package whereabouts.service.export;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import whereabouts.track.Leg;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;

/**
 * GPX 1.1: every sighting as a waypoint (time, name = place, source as {@code src}, confidence and kind as
 * {@code type}, notes as {@code desc}); the reconstructed path as one track with a segment per leg, its points
 * timed along the leg; sampled positions as waypoints of type {@code position}, uncertainty in {@code cmt}.
 */
public final class GpxTrackWriter implements TrackWriter {

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        GPX.Builder gpx = GPX.builder("Whereabouts")
                .metadata(m -> m.name(export.track().name()).desc(export.track().description()));
        for (Sighting s : export.sightings()) {
            gpx.addWayPoint(WayPoint.builder()
                    .lat(s.position().lat()).lon(s.position().lon()).time(s.instant())
                    .name(s.place() != null ? s.place() : s.locationDescription())
                    .src(s.source())
                    .type(s.kind().wire() + "/" + s.confidence().wire())
                    .cmt(uncertainty(s) + (s.arrivedBy() == null ? "" : ", arrived by " + s.arrivedBy().wire()))
                    .desc(s.notes())
                    .build());
        }
        // one track per run of legs in the same mode (a mixed journey: rail, then road, then air), type = mode
        List<List<Leg>> runs = new ArrayList<>();
        for (Leg leg : export.legs()) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).mode() != leg.mode()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(leg);
        }
        for (List<Leg> run : runs) {
            gpx.addTrack(track -> {
                track.name(export.track().name() + (runs.size() > 1 ? " (" + run.get(0).mode().wire() + ")" : ""))
                        .type(run.get(0).mode().wire());
                for (Leg leg : run) {
                    TrackSegment.Builder segment = TrackSegment.builder();
                    for (TimedPoint p : TrackExport.timed(leg)) {
                        segment.addPoint(WayPoint.builder().lat(p.position().lat()).lon(p.position().lon())
                                .time(p.at()).build());
                    }
                    track.addSegment(segment.build());
                }
            });
        }
        for (PositionEstimate e : export.samples()) {
            gpx.addWayPoint(WayPoint.builder()
                    .lat(e.position().lat()).lon(e.position().lon()).time(e.at())
                    .name(e.description())
                    .type("position/" + e.status().wire())
                    .cmt(String.format(Locale.ROOT, "±%.1f km", e.uncertaintyKm()))
                    .build());
        }
        GPX.Writer.DEFAULT.write(gpx.build(), new GeoJsonTrackWriter.NonClosing(out));
    }

    /** "±30 min, ±5.0 km"; an uncertainty the report did not give reads "not given", never 0. */
    static String uncertainty(Sighting s) {
        String time = s.timeUncertaintyMinutes() == null ? "time uncertainty not given"
                : String.format(Locale.ROOT, "±%d min", s.timeUncertaintyMinutes());
        String place = s.locationUncertaintyKm() == null ? "location uncertainty not given"
                : String.format(Locale.ROOT, "±%.1f km", s.locationUncertaintyKm());
        return time + ", " + place;
    }
}
