package whereabouts.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import whereabouts.geo.GeoJson;
import whereabouts.geo.LatLon;
import whereabouts.json.Json;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.Track;

/**
 * Writes a track as an RFC 7946 FeatureCollection: one Point per sighting in time order (every field as a
 * property, {@code featureType = "sighting"}), then one LineString of the reported path through the sightings
 * of kind {@code sighting} (when there are at least two).
 */
public final class GeoJsonExporter {
    private final ObjectMapper json = Json.newMapper();

    public ObjectNode export(Track track, List<Sighting> sightingsInTimeOrder) {
        ObjectNode fc = GeoJson.featureCollection();
        ObjectNode meta = fc.putObject("track"); // a foreign member: RFC 7946 section 7.1 forbids "properties" here
        meta.put("trackId", track.id());
        meta.put("name", track.name());
        meta.put("description", track.description());
        meta.put("mode", track.mode().wire());
        for (Sighting s : sightingsInTimeOrder) {
            ObjectNode props = GeoJson.addFeature(fc, GeoJson.point(s.position()));
            props.setAll((ObjectNode) json.valueToTree(SightingView.of(s)));
            props.put("featureType", "sighting");
        }
        List<LatLon> path = sightingsInTimeOrder.stream()
                .filter(s -> s.kind() == SightingKind.SIGHTING).map(Sighting::position).toList();
        if (path.size() >= 2) {
            ObjectNode props = GeoJson.addFeature(fc, GeoJson.line(path));
            props.put("featureType", "reported-path");
            props.put("description", "Straight segments between reported sightings, in time order");
            props.put("sightings", path.size());
        }
        return fc;
    }

    /** A file name made from the track's name: ASCII letters, digits and hyphens, ending in .geojson. */
    public static String fileName(Track track) {
        String ascii = Normalizer.normalize(track.name(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "track-" + track.id() : slug) + ".geojson";
    }
}
