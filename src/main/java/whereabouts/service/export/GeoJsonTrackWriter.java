package whereabouts.service.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.GeoJson;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.service.SightingView;
import whereabouts.service.TrajectoryGeoJson;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;

/**
 * The RFC 7946 download, written as a stream (one feature in memory at a time): the track's own fields in the
 * foreign member {@code track}; one Point per sighting in time order (every field as a property,
 * {@code featureType = "sighting"}); the LineString of the reported path through the sightings of kind
 * {@code sighting} (when there are two or more; {@code featureType = "reported-path"}); the routed legs and
 * projections ({@link TrajectoryGeoJson}); then the sampled positions ({@code featureType = "position"}).
 * A track too large to route in memory has no legs; {@code track.legsOmitted} says why.
 */
public final class GeoJsonTrackWriter implements TrackWriter {
    private final ObjectMapper json = Json.newMapper();
    private final TrajectoryGeoJson path = new TrajectoryGeoJson();

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(new NonClosing(out))) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("track"); // a foreign member: RFC 7946 section 7.1 forbids "properties" here
            g.writeNumberField("trackId", export.track().id());
            g.writeStringField("name", export.track().name());
            g.writeStringField("description", export.track().description());
            g.writeStringField("mode", export.track().mode().wire());
            if (export.trajectory() == null) {
                g.writeStringField("legsOmitted", "The track has too many sightings to route in one download; "
                        + "the reported path is given.");
            }
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            int reported = 0;
            for (Sighting s : export.sightings()) {
                ObjectNode f = GeoJson.feature(GeoJson.point(s.position()));
                ObjectNode props = (ObjectNode) f.get("properties");
                props.setAll((ObjectNode) json.valueToTree(SightingView.of(s)));
                props.put("featureType", "sighting");
                json.writeTree(g, f);
                reported += s.kind() == SightingKind.SIGHTING ? 1 : 0;
            }
            if (reported >= 2) {
                reportedPath(g, export, reported);
            }
            if (export.trajectory() != null) {
                ObjectNode legs = GeoJson.featureCollection();
                path.appendPath(legs, export.trajectory());
                for (JsonNode f : legs.get("features")) {
                    json.writeTree(g, f);
                }
            }
            for (PositionEstimate e : export.samples()) {
                ObjectNode f = path.position(e);
                ObjectNode p = (ObjectNode) f.get("properties");
                p.remove("stretch");
                p.put("featureType", "position");
                json.writeTree(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Straight segments between the reported sightings: built in memory for a routed (small) track, so that a
     * line across the antimeridian is split as RFC 7946 asks; streamed from a second pass otherwise.
     */
    private void reportedPath(JsonGenerator g, TrackExport export, int count) throws IOException {
        if (export.trajectory() != null) {
            List<LatLon> points = new ArrayList<>();
            for (Sighting s : export.sightings()) {
                if (s.kind() == SightingKind.SIGHTING) {
                    points.add(s.position());
                }
            }
            ObjectNode f = GeoJson.feature(GeoJson.line(points));
            pathProperties((ObjectNode) f.get("properties"), count);
            json.writeTree(g, f);
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "LineString");
        g.writeArrayFieldStart("coordinates");
        for (Sighting s : export.sightings()) {
            if (s.kind() == SightingKind.SIGHTING) {
                json.writeTree(g, GeoJson.point(s.position()).get("coordinates"));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("properties");
        ObjectNode p = json.createObjectNode();
        pathProperties(p, count);
        json.writeTree(g, p);
        g.writeEndObject();
    }

    private static void pathProperties(ObjectNode p, int count) {
        p.put("featureType", "reported-path");
        p.put("description", "Straight segments between reported sightings, in time order");
        p.put("sightings", count);
    }

    /** Lets a writer flush without closing the response stream. */
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
