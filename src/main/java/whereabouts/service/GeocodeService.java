package whereabouts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import whereabouts.error.NotFoundException;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.ReverseResult;
import whereabouts.geo.GeoJson;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.track.FieldReader;

/** Forward and reverse geocoding as GeoJSON. */
public final class GeocodeService {
    /** Largest reverse-geocoding search radius a client may ask for, km. */
    public static final double MAX_REVERSE_KM = 1000;

    private final Gazetteer gazetteer;
    private final ObjectMapper json = Json.newMapper();

    public GeocodeService(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Ranked candidates as a FeatureCollection of Points; raw query-string values, validated here. */
    public ObjectNode geocode(String q, String limit, String near, String country) {
        GeocodeQuery query = GeocodeQuery.fromParams(q, limit, near, country);
        ObjectNode fc = GeoJson.featureCollection();
        fc.put("query", query.text());
        for (Candidate c : gazetteer.search(query)) {
            ObjectNode props = GeoJson.addFeature(fc, GeoJson.point(c.place().location()));
            props.setAll((ObjectNode) json.valueToTree(CandidateView.of(c)));
        }
        return fc;
    }

    /** The nearest place to a point within {@code maxKm} (default 50 km), as a Feature at that place. */
    public ObjectNode reverse(String lat, String lon, String maxKm) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("lat", require(lat, "lat"));
        raw.put("lon", require(lon, "lon"));
        if (maxKm != null) {
            raw.put("maxKm", maxKm);
        }
        FieldReader f = new FieldReader(raw, java.util.Set.of("lat", "lon", "maxKm"));
        LatLon point = new LatLon(f.number("lat", -90, 90), f.number("lon", -180, 180));
        Double bound = f.number("maxKm", 0.001, MAX_REVERSE_KM);
        double radius = bound == null ? Gazetteer.DEFAULT_REVERSE_MAX_KM : bound;
        ReverseResult r = gazetteer.reverse(point, radius).orElseThrow(() -> new NotFoundException(null,
                "No known place within " + (long) radius + " km of " + point + "."));
        ObjectNode feature = GeoJson.feature(GeoJson.point(r.place().location()));
        ObjectNode props = (ObjectNode) feature.get("properties");
        props.setAll((ObjectNode) json.valueToTree(PlaceView.of(r.place())));
        props.put("distanceKm", Math.round(r.distanceKm() * 100) / 100.0);
        props.put("bearingDegrees", Math.round(r.bearingDegrees() * 10) / 10.0);
        props.put("compass", whereabouts.geo.Geodesy.compass8(r.bearingDegrees()));
        props.put("text", r.text());
        props.putArray("query").add(point.lon()).add(point.lat());
        return feature;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new whereabouts.error.InvalidInputException("missing_field", field, field + " is required.");
        }
        return value;
    }
}
