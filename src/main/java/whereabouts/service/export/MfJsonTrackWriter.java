package whereabouts.service.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import whereabouts.geo.GeoJson;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.service.SightingView;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;

/**
 * OGC Moving Features JSON (OGC 19-045r3): a MovingFeatureCollection whose first feature is the reconstructed
 * trajectory as a {@code MovingPoint} ({@code datetimes} strictly increasing, one per coordinate, linear
 * interpolation), followed by each sighting and each sampled position as a one-instant {@code MovingPoint}
 * ({@code Discrete}). Every feature also carries an RFC 7946 {@code geometry}, so GeoJSON readers (GDAL, QGIS)
 * open the same file.
 */
public final class MfJsonTrackWriter implements TrackWriter {
    private final ObjectMapper json = Json.newMapper();

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ObjectNode track = fc.putObject("track");
        track.put("trackId", export.track().id());
        track.put("name", export.track().name());
        track.put("mode", export.track().mode().wire());
        ObjectNode crs = fc.putObject("crs");
        crs.put("type", "Name");
        crs.putObject("properties").put("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
        ObjectNode trs = fc.putObject("trs");
        trs.put("type", "Link");
        trs.putObject("properties").put("type", "OGCDEF")
                .put("href", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        ArrayNode features = fc.putArray("features");
        List<TimedPoint> path = export.timedPath();
        if (!path.isEmpty()) {
            List<LatLon> points = path.stream().map(TimedPoint::position).toList();
            ObjectNode f = feature(features, "trajectory", points.size() >= 2 ? GeoJson.line(points)
                    : GeoJson.point(points.get(0)), path.get(0).at(), path.get(path.size() - 1).at());
            ObjectNode p = (ObjectNode) f.get("properties");
            p.put("featureType", "trajectory");
            p.put("name", export.track().name());
            ArrayNode modes = p.putArray("legModes"); // travel mode of each leg, in order (mixed journeys)
            export.legs().forEach(l -> modes.add(l.mode().wire()));
            f.set("temporalGeometry", movingPoint(path, "Linear"));
        }
        for (Sighting s : export.sightings()) {
            ObjectNode f = feature(features, "sighting-" + s.id(), GeoJson.point(s.position()), s.instant(),
                    s.instant());
            ObjectNode p = (ObjectNode) f.get("properties");
            p.setAll((ObjectNode) json.valueToTree(SightingView.of(s)));
            p.put("featureType", "sighting");
            f.set("temporalGeometry", movingPoint(List.of(new TimedPoint(s.position(), s.instant())), "Discrete"));
        }
        for (PositionEstimate e : export.samples()) {
            ObjectNode f = feature(features, "position-" + e.at(), GeoJson.point(e.position()), e.at(), e.at());
            ObjectNode p = (ObjectNode) f.get("properties");
            p.put("featureType", "position");
            p.put("at", e.at().toString());
            p.put("status", e.status().wire());
            p.put("uncertaintyKm", e.uncertaintyKm());
            p.put("description", e.description());
            f.set("temporalGeometry", movingPoint(List.of(new TimedPoint(e.position(), e.at())), "Discrete"));
        }
        json.writeValue(new GeoJsonTrackWriter.NonClosing(out), fc);
    }

    private static ObjectNode feature(ArrayNode features, String id, ObjectNode geometry, Instant start,
                                      Instant end) {
        ObjectNode f = GeoJson.feature(geometry);
        f.put("id", id);
        f.putArray("time").add(start.toString()).add(end.toString());
        features.add(f);
        return f;
    }

    private ObjectNode movingPoint(List<TimedPoint> points, String interpolation) {
        ObjectNode g = json.createObjectNode();
        g.put("type", "MovingPoint");
        ArrayNode datetimes = g.putArray("datetimes");
        ArrayNode coordinates = g.putArray("coordinates");
        for (TimedPoint p : points) {
            datetimes.add(p.at().toString());
            coordinates.addArray().add(p.position().lon()).add(p.position().lat());
        }
        g.put("interpolation", interpolation);
        return g;
    }
}
