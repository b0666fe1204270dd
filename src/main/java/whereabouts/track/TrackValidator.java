package whereabouts.track;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import whereabouts.network.Profile;

/** Turns raw track fields into a {@link TrackDraft}, or throws naming the first bad field. */
public final class TrackValidator {
    public static final Set<String> FIELDS = new LinkedHashSet<>(List.of("name", "description", "mode",
            "maxSpeedKmh"));

    private TrackValidator() {
    }

    /** The default fastest plausible speed of a mode, km/h: its {@link Profile}'s (rail 80, road 120, sea 60, air 950). */
    public static double defaultMaxSpeedKmh(TravelMode mode) {
        return Profile.of(mode.wire()).maxSpeedKmh();
    }

    public static TrackDraft validate(Map<String, String> raw) {
        FieldReader f = new FieldReader(raw, FIELDS);
        String name = f.requiredText("name", 200, false);
        String description = f.text("description", 2_000, true);
        TravelMode mode = f.choice("mode", TravelMode.class, TravelMode.RAIL);
        Double maxSpeed = f.number("maxSpeedKmh", 1, 2_000);
        return new TrackDraft(name, description, mode, maxSpeed == null ? defaultMaxSpeedKmh(mode) : maxSpeed);
    }
}
