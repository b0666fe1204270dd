package whereabouts.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.LatLon;
import whereabouts.service.MeetingService;
import whereabouts.track.TimeWindow;
import whereabouts.track.meeting.Alibi;
import whereabouts.track.meeting.MeetingWindow;

/**
 * {@code GET /api/meetings?tracks=1,2[,…]&withinKm=10}: for every pair of the tracks, the windows in which the
 * two subjects could have been within withinKm of each other (with where: the closest approach and each
 * subject's feasible stretch of route then) and those in which they certainly were not. Coordinates are
 * {@code [lon, lat]} as in GeoJSON.
 */
final class MeetingController {
    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    void meetings(Context ctx) {
        List<Long> ids = TrackIdsParam.parse(ctx.queryParam("tracks"), "tracks is required: two to "
                + MeetingService.MAX_TRACKS + " track ids, comma-separated (tracks=1,2).");
        double withinKm = withinKm(ctx.queryParam("withinKm"));
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Alibi a : meetings.meetings(ids, withinKm)) {
            pairs.add(pair(a));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("withinKm", withinKm);
        body.put("tracks", ids);
        body.put("pairs", pairs);
        ctx.json(body);
    }

    private static double withinKm(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "withinKm", "withinKm is required: how close, in km, "
                    + "counts as a possible meeting (withinKm=10).");
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("withinKm", "withinKm must be a number of km, such as 10.");
        }
    }

    private static Map<String, Object> pair(Alibi a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("trackA", a.trackA());
        p.put("trackB", a.trackB());
        p.put("couldHaveMet", a.couldHaveMet());
        p.put("span", a.spanFrom() == null ? null : Map.of("from", a.spanFrom().toString(), "to",
                a.spanTo().toString()));
        List<Map<String, Object>> possible = new ArrayList<>();
        for (MeetingWindow w : a.possible()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", w.from().toString());
            m.put("to", w.to().toString());
            m.put("closestKm", Math.round(w.closestKm() * 1000) / 1000.0);
            m.put("closestAt", w.closestAt().toString());
            m.put("closestA", lonLat(w.closestA()));
            m.put("closestB", lonLat(w.closestB()));
            m.put("stretchA", w.stretchA().stream().map(MeetingController::lonLat).toList());
            m.put("stretchB", w.stretchB().stream().map(MeetingController::lonLat).toList());
            possible.add(m);
        }
        p.put("possible", possible);
        List<Map<String, Object>> apart = new ArrayList<>();
        for (TimeWindow w : a.apart()) {
            apart.add(Map.of("from", w.start().toString(), "to", w.end().toString()));
        }
        p.put("apart", apart);
        return p;
    }

    private static double[] lonLat(LatLon p) {
        return new double[] {Math.round(p.lon() * 1e6) / 1e6, Math.round(p.lat() * 1e6) / 1e6};
    }
}
