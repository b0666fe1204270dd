package whereabouts.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import whereabouts.track.Track;

/** Builds downloadable files of a track. */
public final class ExportService {
    private final TrackService tracks;
    private final GeoJsonExporter geojson = new GeoJsonExporter();

    public ExportService(TrackService tracks) {
        this.tracks = tracks;
    }

    /** A file's name and content. */
    public record Export(String fileName, ObjectNode featureCollection) {
    }

    public Export geojson(long trackId) {
        Track track = tracks.track(trackId);
        return new Export(GeoJsonExporter.fileName(track), geojson.export(track, tracks.sightings(trackId)));
    }
}
