package whereabouts.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import whereabouts.json.Json;
import whereabouts.track.Track;

/**
 * Loads a scenario file (a GeoJSON FeatureCollection whose {@code properties} describe the track and whose
 * Point features are sightings, with the sighting fields as properties) through the normal service, so the
 * same validation and resolution apply as for user input.
 */
public final class DemoScenario {
    /** Classpath resource of the demo scenario (the September 2023 train). */
    public static final String DEMO_RESOURCE = "/geodata/scenarios/kim-2023-train.geojson";

    private DemoScenario() {
    }

    /** Loads the demo scenario when the database has never held a track. Returns the new track, or null. */
    public static Track loadIntoEmpty(TrackService service, long tracksEverCreated) {
        if (tracksEverCreated > 0) {
            return null;
        }
        try (InputStream in = DemoScenario.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo scenario missing from the classpath: " + DEMO_RESOURCE);
            }
            return load(service, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Track load(TrackService service, InputStream geojson) throws IOException {
        ObjectMapper json = Json.newMapper();
        JsonNode fc = json.readTree(geojson);
        JsonNode meta = fc.path("properties");
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
            fields.put("lon", coords.get(0).asText());
            fields.put("lat", coords.get(1).asText());
            service.addSighting(track.id(), fields);
        }
        return track;
    }
}
