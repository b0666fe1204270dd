package whereabouts.track;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import whereabouts.error.InvalidInputException;

/** Turns raw sighting fields into a {@link SightingDraft}, or throws naming the first bad field. */
public final class SightingValidator {
    public static final Set<String> FIELDS = new LinkedHashSet<>(List.of("observedAt", "timeUncertaintyMinutes",
            "place", "lat", "lon", "locationUncertaintyKm", "source", "sourceUrl", "confidence", "kind", "notes", "arrivedBy"));
    public static final int MAX_TIME_UNCERTAINTY_MINUTES = 10_080;
    public static final double MAX_LOCATION_UNCERTAINTY_KM = 1_000;
    public static final int MAX_SOURCE_CHARS = 200;
    public static final int MAX_PLACE_CHARS = 200;
    public static final int MAX_NOTES_CHARS = 2_000;
    public static final int MAX_URL_CHARS = 2_000;

    private SightingValidator() {
    }

    public static SightingDraft validate(Map<String, String> raw) {
        FieldReader f = new FieldReader(raw, FIELDS);
        OffsetDateTime observedAt = observedAt(f);
        Integer timeUnc = f.integer("timeUncertaintyMinutes", 0, MAX_TIME_UNCERTAINTY_MINUTES);
        String place = f.text("place", MAX_PLACE_CHARS, false);
        Double lat = f.number("lat", -90, 90);
        Double lon = f.number("lon", -180, 180);
        if (lat != null && lon == null) {
            throw new InvalidInputException("missing_field", "lon", "lon is required when lat is given.");
        }
        if (lon != null && lat == null) {
            throw new InvalidInputException("missing_field", "lat", "lat is required when lon is given.");
        }
        if (place == null && lat == null) {
            throw new InvalidInputException("missing_field", "place",
                    "Give a place name, or lat and lon (or both).");
        }
        Double locUnc = f.number("locationUncertaintyKm", 0, MAX_LOCATION_UNCERTAINTY_KM);
        String source = f.requiredText("source", MAX_SOURCE_CHARS, false);
        String sourceUrl = sourceUrl(f.text("sourceUrl", MAX_URL_CHARS, false));
        Confidence confidence = f.choice("confidence", Confidence.class, Confidence.REPORTED);
        SightingKind kind = f.choice("kind", SightingKind.class, SightingKind.SIGHTING);
        String notes = f.text("notes", MAX_NOTES_CHARS, true);
        TravelMode arrivedBy = f.choice("arrivedBy", TravelMode.class, null);
        return new SightingDraft(observedAt, timeUnc == null ? 0 : timeUnc, place, lat, lon,
                locUnc == null ? 0 : locUnc, source, sourceUrl, confidence, kind, notes, arrivedBy);
    }

    private static OffsetDateTime observedAt(FieldReader f) {
        return DateTimeField.parse("observedAt", f.requiredText("observedAt", 64, false));
    }

    private static String sourceUrl(String raw) {
        if (raw == null) {
            return null;
        }
        String message = "sourceUrl must be an http or https address, e.g. https://example.org/report.";
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new InvalidInputException("sourceUrl", message);
            }
            return raw;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("sourceUrl", message);
        }
    }
}
