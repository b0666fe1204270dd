package whereabouts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.LabelScript;
import whereabouts.gazetteer.PlaceNames;
import whereabouts.geo.LatLon;
import whereabouts.service.LabelService;
import whereabouts.service.SightingView;
import whereabouts.track.Sighting;

/**
 * Names places in the script the page asks for ({@code names=latin|ko|ru|zh}, its "Names in" setting; latin when
 * absent) in the answers that name places: a sighting's {@code placeName} (the place it resolved to) and
 * {@code locationDescription}, a position's {@code description}. All through {@link PlaceNames}, the one function
 * that names a place (#25).
 */
final class NamedPlaces {
    /** The farthest a position is described from a place, km (as the position estimator's describer). */
    static final double POSITION_MAX_KM = 200;

    private final PlaceNames names;
    private final ObjectMapper json;

    NamedPlaces(PlaceNames names, ObjectMapper json) {
        this.names = names;
        this.json = json;
    }

    PlaceNames names() {
        return names;
    }

    static LabelScript script(Context ctx) {
        return LabelService.script("names", ctx.queryParam("names"));
    }

    /** The sighting as the API shows it, with its place named in {@code script}. */
    ObjectNode sighting(SightingView v, LabelScript script) {
        ObjectNode n = json.valueToTree(v);
        n.put("placeName", names.nameOf(v.resolvedGeonameId(), script));
        String described = names.describeAt(new LatLon(v.lat(), v.lon()), v.resolvedGeonameId(),
                Gazetteer.DEFAULT_REVERSE_MAX_KM, script);
        if (described != null) {
            n.put("locationDescription", described);
        }
        return n;
    }

    List<ObjectNode> sightings(List<Sighting> list, LabelScript script) {
        return list.stream().map(s -> sighting(SightingView.of(s), script)).toList();
    }

    /** Renames the position's {@code description} in {@code script} (at the resolved place of its sighting). */
    void position(ObjectNode feature, List<Sighting> sightings, LabelScript script) {
        JsonNode geometry = feature.get("geometry");
        ObjectNode p = (ObjectNode) feature.get("properties");
        if (geometry == null || geometry.isNull() || p.get("description") == null || p.get("description").isNull()) {
            return;
        }
        LatLon at = new LatLon(geometry.get("coordinates").get(1).asDouble(), geometry.get("coordinates").get(0).asDouble());
        Long resolved = null;
        JsonNode sid = p.get("sightingId");
        if (sid != null && !sid.isNull()) {
            for (Sighting s : sightings) {
                if (s.id() == sid.asLong() && s.resolved() != null) {
                    resolved = s.resolved().geonameId();
                }
            }
        }
        String described = names.describeAt(at, resolved, POSITION_MAX_KM, script);
        if (described != null) {
            p.put("description", described);
        }
    }
}
