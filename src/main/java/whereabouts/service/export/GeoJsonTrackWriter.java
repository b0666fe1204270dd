package whereabouts.service.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import whereabouts.json.Json;
import whereabouts.service.GeoJsonExporter;
import whereabouts.service.TrajectoryGeoJson;
import whereabouts.track.PositionEstimate;

/**
 * The RFC 7946 download: the sightings and the reported path ({@link GeoJsonExporter}), the routed legs and
 * projections ({@link TrajectoryGeoJson}), then the sampled positions as Points with
 * {@code featureType = "position"}.
 */
public final class GeoJsonTrackWriter implements TrackWriter {
    private final ObjectMapper json = Json.newMapper();
    private final GeoJsonExporter sightings = new GeoJsonExporter();
    private final TrajectoryGeoJson path = new TrajectoryGeoJson();

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        ObjectNode fc = sightings.export(export.track(), export.sightings());
        path.appendPath(fc, export.trajectory());
        ArrayNode features = (ArrayNode) fc.get("features");
        for (PositionEstimate e : export.samples()) {
            ObjectNode f = path.position(e);
            ObjectNode p = (ObjectNode) f.get("properties");
            p.remove("stretch");
            p.put("featureType", "position");
            features.add(f);
        }
        json.writeValue(new NonClosing(out), fc);
    }

    /** Lets Jackson flush without closing the response stream. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
