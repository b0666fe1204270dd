package whereabouts.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.json.Json;
import whereabouts.track.Track;

/**
 * Loads a scenario file (a GeoJSON FeatureCollection whose {@code properties} describe the track and whose
 * features are sightings, with the sighting fields as properties; a feature with a null geometry is placed by
 * geocoding its {@code place}) through the normal service, so the
 * same validation and resolution apply as for user input.
 */
public final class DemoScenario {
    /**
     * Classpath resources of the demo scenarios, loaded in this order: the seed article's reports (Pyongyang,
     * Khasan, Vladivostok expected), then the later reports of the trip through Russia, then a ship at sea (the
     * cargo ship Lady R between Vostochny, Vladivostok and Rajin in 2024, issue #20), then Putin's flight to the
     * Vostochny summit (issue 21: two subjects that met).
     */
    public static final List<String> DEMO_RESOURCES = List.of(
            "/geodata/scenarios/kim-2023-train.geojson",
            "/geodata/scenarios/kim-2023-russia.geojson",
            "/geodata/scenarios/lady-r-2024-sea.geojson",
            "/geodata/scenarios/putin-2023-plane.geojson");

    private DemoScenario() {
    }

    /** Loads the demo scenarios when the database has never held a track. Returns the new tracks. */
    public static List<Track> loadIntoEmpty(TrackService service, long tracksEverCreated) {
        if (tracksEverCreated > 0) {
            return List.of();
        }
        List<Track> loaded = new ArrayList<>();
        for (String resource : DEMO_RESOURCES) {
            try (InputStream in = DemoScenario.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("demo scenario missing from the classpath: " + resource);
                }
                loaded.add(load(service, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    public static Track load(TrackService service, InputStream geojson) throws IOException {
        ObjectMapper json = Json.newMapper();
        JsonNode fc = json.readTree(geojson);
        JsonNode meta = fc.path("track"); // a foreign member (RFC 7946 section 7.1 forbids "properties" here)
        Map<String, String> trackFields = new LinkedHashMap<>();
        for (String key : new String[] {"name", "description", "mode", "maxSpeedKmh"}) {
            if (meta.hasNonNull(key)) {
                trackFields.put(key, meta.get(key).asText());
            }
        }
        Track track = service.createTrack(trackFields);
        for (JsonNode feature : fc.path("features")) {
            Map<String, String> fields = new LinkedHashMap<>();
            feature.path("properties").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            JsonNode coords = feature.path("geometry").path("coordinates");
            if (coords.isArray()) { // a null geometry leaves the place name to the gazetteer
                fields.put("lon", coords.get(0).asText());
                fields.put("lat", coords.get(1).asText());
            }
            service.addSighting(track.id(), fields);
        }
        return track;
    }
}
