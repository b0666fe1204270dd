package whereabouts.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a document against the rules of the OGC Moving Features JSON schema (OGC 19-045r3,
 * {@code movingfeature.schema.json} / {@code temporalgeometry.schema.json}): a FeatureCollection or Feature;
 * each MovingFeature has a {@code temporalGeometry}; a MovingPoint has as many {@code datetimes} (ISO-8601
 * instants, strictly increasing) as {@code coordinates} (positions of two or three numbers) and an
 * {@code interpolation} among Discrete, Step, Linear, Quadratic, Cubic; {@code time} is two instants; a
 * {@code crs}/{@code trs} has a type and properties.
 */
final class MfJsonCheck {
    private static final Set<String> INTERPOLATIONS = Set.of("Discrete", "Step", "Linear", "Quadratic", "Cubic");

    private MfJsonCheck() {
    }

    static void assertValid(JsonNode root) {
        List<String> problems = new ArrayList<>();
        String type = root.path("type").asText();
        if (type.equals("FeatureCollection")) {
            for (String member : new String[] {"crs", "trs"}) {
                JsonNode m = root.get(member);
                if (m != null && (!m.path("type").isTextual() || !m.path("properties").isObject())) {
                    problems.add(member + " needs a type and properties");
                }
            }
            root.path("features").forEach(f -> feature(f, problems));
        } else if (type.equals("Feature")) {
            feature(root, problems);
        } else {
            problems.add("type must be FeatureCollection or Feature");
        }
        assertThat(problems).as("MF-JSON problems").isEmpty();
    }

    private static void feature(JsonNode f, List<String> problems) {
        String id = f.path("id").asText("?");
        JsonNode tg = f.get("temporalGeometry");
        if (tg == null || !tg.isObject()) {
            problems.add(id + ": a MovingFeature needs a temporalGeometry");
            return;
        }
        if (!tg.path("type").asText().equals("MovingPoint")) {
            problems.add(id + ": temporalGeometry type " + tg.path("type") + " is not MovingPoint");
        }
        JsonNode dts = tg.path("datetimes");
        JsonNode coords = tg.path("coordinates");
        if (!dts.isArray() || dts.isEmpty() || !coords.isArray() || dts.size() != coords.size()) {
            problems.add(id + ": datetimes and coordinates must be non-empty arrays of equal length");
            return;
        }
        Instant previous = null;
        for (JsonNode dt : dts) {
            Instant t = Instant.parse(dt.asText());
            if (previous != null && !t.isAfter(previous)) {
                problems.add(id + ": datetimes must increase strictly, " + t + " follows " + previous);
            }
            previous = t;
        }
        for (JsonNode c : coords) {
            if (!c.isArray() || c.size() < 2 || c.size() > 3 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                problems.add(id + ": a coordinate is two or three numbers: " + c);
            }
        }
        if (!INTERPOLATIONS.contains(tg.path("interpolation").asText())) {
            problems.add(id + ": interpolation " + tg.path("interpolation") + " is not one of " + INTERPOLATIONS);
        }
        JsonNode time = f.get("time");
        if (time != null && (!time.isArray() || time.size() != 2)) {
            problems.add(id + ": time must be [start, end]");
        }
    }
}
