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
        n.put("placeName", names.nameAt(v.resolvedGeonameId(), new LatLon(v.lat(), v.lon()), v.place(), script));
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

    /**
     * Adds {@code placeName} in {@code script} to a route's stations (through their gazetteer place) and to the
     * places its {@code from}, {@code to} and {@code via} resolved to.
     */
    void route(ObjectNode feature, LabelScript script) {
        ObjectNode p = (ObjectNode) feature.get("properties");
        for (JsonNode st : p.path("stations")) {
            ((ObjectNode) st).put("placeName", names.stationName(st.get("name").asText(),
                    new LatLon(st.get("lat").asDouble(), st.get("lon").asDouble()), script));
        }
        List<JsonNode> ends = new java.util.ArrayList<>(List.of(p.path("from"), p.path("to")));
        p.path("via").forEach(ends::add);
        for (JsonNode end : ends) {
            JsonNode place = end.path("place");
            if (place.isObject() && place.hasNonNull("geonameId")) {
                ((ObjectNode) place).put("placeName", names.nameOf(place.get("geonameId").asLong(), script));
            }
        }
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
