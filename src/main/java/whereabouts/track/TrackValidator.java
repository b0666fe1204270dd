package whereabouts.track;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns raw track fields into a {@link TrackDraft}, or throws naming the first bad field. */
public final class TrackValidator {
    public static final Set<String> FIELDS = new LinkedHashSet<>(List.of("name", "description", "mode",
            "maxSpeedKmh"));
    /** Default maximum speed for non-rail modes, km/h. */
    private static final Map<TravelMode, Double> DEFAULT_MAX_SPEED_KMH = Map.of(
            TravelMode.RAIL, Track.DEFAULT_RAIL_MAX_SPEED_KMH,
            TravelMode.ROAD, 120.0,
            TravelMode.SEA, 60.0,
            TravelMode.AIR, 950.0);

    private TrackValidator() {
    }

    public static TrackDraft validate(Map<String, String> raw) {
        FieldReader f = new FieldReader(raw, FIELDS);
        String name = f.requiredText("name", 200, false);
        String description = f.text("description", 2_000, true);
        TravelMode mode = f.choice("mode", TravelMode.class, TravelMode.RAIL);
        Double maxSpeed = f.number("maxSpeedKmh", 1, 2_000);
        return new TrackDraft(name, description, mode, maxSpeed == null ? DEFAULT_MAX_SPEED_KMH.get(mode) : maxSpeed);
    }
}
