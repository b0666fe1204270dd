package whereabouts.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import whereabouts.track.Track;

/**
 * Builds downloadable files of a track. The GeoJSON file holds the sightings and the reported path
 * ({@link GeoJsonExporter}), then the routed legs and projections ({@link TrajectoryGeoJson}).
 */
public final class ExportService {
    private final TrackService tracks;
    private final TrajectoryService trajectories;
    private final GeoJsonExporter geojson = new GeoJsonExporter();
    private final TrajectoryGeoJson path = new TrajectoryGeoJson();

    public ExportService(TrackService tracks, TrajectoryService trajectories) {
        this.tracks = tracks;
        this.trajectories = trajectories;
    }

    /** A file's name and content. */
    public record Export(String fileName, ObjectNode featureCollection) {
    }

    public Export geojson(long trackId) {
        Track track = tracks.track(trackId);
        ObjectNode fc = geojson.export(track, tracks.sightings(trackId));
        path.appendPath(fc, trajectories.trajectory(trackId));
        return new Export(GeoJsonExporter.fileName(track), fc);
    }
}
