package whereabouts.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.LabelScript;
import whereabouts.gazetteer.PlaceLabels;
import whereabouts.geo.GeoJson;
import whereabouts.geo.LonLatBox;
import whereabouts.json.Json;
import whereabouts.util.LruMap;

/**
 * Place labels for the map as GeoJSON: settlements of the shipped gazetteer inside a box, chosen for a zoom, named
 * in a script. The box is first widened to a grid of one 256-pixel tile's width in degrees at that zoom
 * ({@link #gridDegrees}), so that views a little apart ask the same question; answers are remembered per grid
 * box, zoom and script (the gazetteer never changes while the server runs).
 */
public final class LabelService {
    /** Most labels in one answer; the client keeps those that fit without overlapping. */
    public static final int MAX_LABELS = 400;
    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 20;
    private static final int CACHED_ANSWERS = 512;

    private final PlaceLabels labels;
    private final whereabouts.gazetteer.PlaceNames names;
    private final ObjectMapper json = Json.newMapper();
    private final Map<String, byte[]> cache = new LruMap<>(CACHED_ANSWERS);

    public LabelService(Gazetteer gazetteer) {
        this.labels = new PlaceLabels(gazetteer.places());
        this.names = new whereabouts.gazetteer.PlaceNames(gazetteer);
    }

    /** How places are named in each script, for every answer that names a place (#25). */
    public whereabouts.gazetteer.PlaceNames names() {
        return names;
    }

    /** The script of {@code names=} (or {@code script=}): latin when absent; 400 naming {@code field} otherwise. */
    public static LabelScript script(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return LabelScript.LATIN;
        }
        return LabelScript.fromWire(raw.strip()).orElseThrow(() -> new InvalidInputException(field,
                field + " must be one of latin, ko, ru, zh (the map's “Names in”); got '" + raw + "'."));
    }

    /** Width of one 256-pixel Web Mercator tile in degrees of longitude at {@code zoom}. */
    public static double gridDegrees(int zoom) {
        return 360.0 / (1L << zoom);
    }

    /** The answer as UTF-8 JSON bytes, from raw query-string values (validated here). */
    public byte[] labels(String bbox, String zoom, String script) {
        int z = zoom(zoom);
        LabelScript s = script(script);
        LonLatBox box = bbox(bbox).snappedOutward(gridDegrees(z));
        String key = s.wire() + '/' + z + '/' + box.minLon() + ',' + box.minLat() + ',' + box.maxLon() + ','
                + box.maxLat();
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] answer = write(box, z, s);
        synchronized (cache) {
            cache.put(key, answer);
        }
        return answer;
    }

    private byte[] write(LonLatBox box, int zoom, LabelScript script) {
        ObjectNode fc = GeoJson.featureCollection();
        ArrayNode bbox = fc.putArray("bbox");
        for (double d : box.toGeoJson()) {
            bbox.add(d);
        }
        ObjectNode meta = fc.putObject("properties");
        meta.put("zoom", zoom);
        meta.put("script", script.wire());
        int rank = 0;
        for (PlaceLabels.Label label : labels.within(box, zoom, script, MAX_LABELS)) {
            ObjectNode p = GeoJson.addFeature(fc, GeoJson.point(label.place().location()));
            p.put("id", label.place().geonameId());
            p.put("name", label.text());
            p.put("script", label.script().wire());
            p.put("fallback", label.fallback());
            p.put("latinName", label.place().name());
            p.put("featureCode", label.place().featureCode());
            p.put("countryCode", label.place().countryCode());
            p.put("population", label.place().population());
            p.put("minZoom", label.minZoom());
            p.put("rank", rank++);
        }
        try {
            return json.writeValueAsBytes(fc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int zoom(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "zoom", "zoom is required: a map zoom level from "
                    + MIN_ZOOM + " to " + MAX_ZOOM + ".");
        }
        try {
            int z = Integer.parseInt(raw.strip());
            if (z >= MIN_ZOOM && z <= MAX_ZOOM) {
                return z;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("zoom", "zoom must be a whole number from " + MIN_ZOOM + " to " + MAX_ZOOM
                + ", got '" + raw + "'.");
    }

    private static LabelScript script(String raw) {
        if (raw == null || raw.isBlank()) {
            return LabelScript.LATIN;
        }
        return LabelScript.fromWire(raw.strip()).orElseThrow(() -> new InvalidInputException("script",
                "script must be one of latin, ko, ru, zh; got '" + raw + "'."));
    }

    /** {@code minLon,minLat,maxLon,maxLat} in degrees. */
    static LonLatBox bbox(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "bbox", "bbox is required: minLon,minLat,maxLon,maxLat "
                    + "in degrees, e.g. 124,38,134,44.");
        }
        String[] parts = raw.split(",", -1);
        String expected = "bbox must be four numbers minLon,minLat,maxLon,maxLat with -180 <= minLon <= maxLon "
                + "<= 180 and -90 <= minLat <= maxLat <= 90, got '" + raw + "'.";
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", expected);
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(v[i])) {
                    throw new InvalidInputException("bbox", expected);
                }
            }
            return new LonLatBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new InvalidInputException("bbox", expected);
        }
    }
}
