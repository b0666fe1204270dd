package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import whereabouts.service.TrackSetPositions;
import whereabouts.service.TrajectoryGeoJson;

/**
 * {@code GET /api/positions?tracks=1,2,3&at=<ISO-8601 with offset>}: the estimated position of every listed track
 * at one instant, as a GeoJSON FeatureCollection (each Feature as {@code /api/tracks/{id}/position} gives it, with
 * {@code trackId} among its properties). The page's time slider moves all tracks on the map with it.
 */
final class PositionsController {
    private final TrackSetPositions positions;
    private final TrajectoryGeoJson geojson = new TrajectoryGeoJson();
    private final ObjectMapper json;

    PositionsController(TrackSetPositions positions, ObjectMapper json) {
        this.positions = positions;
        this.json = json;
    }

    void positions(Context ctx) throws Exception {
        List<Long> ids = TrackIdsParam.parse(ctx.queryParam("tracks"), "tracks is required: 1 to "
                + TrackSetPositions.MAX_TRACKS + " track ids, comma-separated (tracks=1,2).");
        Instant at = TrajectoryController.at(ctx.queryParam("at"));
        ObjectNode body = json.createObjectNode();
        body.put("type", "FeatureCollection");
        body.put("at", at.toString());
        ArrayNode features = body.putArray("features");
        for (TrackSetPositions.TrackPosition p : positions.at(ids, at)) {
            ObjectNode feature = geojson.position(p.position().estimate(), p.position().band());
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("trackId", p.trackId());
            features.add(feature);
        }
        ctx.contentType("application/geo+json").result(json.writeValueAsBytes(body));
    }
}
