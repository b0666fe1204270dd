package whereabouts.track;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import whereabouts.error.InvalidInputException;

/** Turns raw sighting fields into a {@link SightingDraft}, or throws naming every bad field. */
public final class SightingValidator {
    public static final Set<String> FIELDS = new LinkedHashSet<>(List.of("observedAt", "timeUncertaintyMinutes",
            "place", "lat", "lon", "locationUncertaintyKm", "source", "sourceUrl", "confidence", "kind", "notes", "arrivedBy"));
    public static final int MAX_TIME_UNCERTAINTY_MINUTES = 10_080;
    public static final double MAX_LOCATION_UNCERTAINTY_KM = 1_000;
    public static final int MAX_SOURCE_CHARS = 200;
    public static final int MAX_PLACE_CHARS = 200;
    public static final int MAX_NOTES_CHARS = 2_000;
    public static final int MAX_URL_CHARS = 2_000;
    /** How far after the server's now a sighting may be, for clocks that are a little off. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private SightingValidator() {
    }

    public static SightingDraft validate(Map<String, String> raw) {
        return validate(raw, Clock.systemUTC());
    }

    /**
     * Reads every field and reports every bad one at once ({@link whereabouts.error.InvalidFieldsException});
     * a sighting (not an expected destination) may not be later than {@code clock}'s now plus
     * {@link #CLOCK_SKEW}. A blank uncertainty stays null ("not given"). A time typed without an offset
     * ("2023-09-12 14:00") is kept as the wall-clock time at the place ({@link SightingDraft#observedLocal()}).
     */
    public static SightingDraft validate(Map<String, String> raw, Clock clock) {
        FieldReader f = new FieldReader(raw, FIELDS);
        FieldProblems problems = new FieldProblems();
        DateTimeField.Typed typed = problems.read(() -> DateTimeField.parseTyped("observedAt",
                f.requiredText("observedAt", 64, false)));
        Integer timeUnc = problems.read(() -> f.integer("timeUncertaintyMinutes", 0, MAX_TIME_UNCERTAINTY_MINUTES));
        String place = problems.read(() -> f.text("place", MAX_PLACE_CHARS, false));
        Double lat = problems.read(() -> f.number("lat", -90, 90));
        Double lon = problems.read(() -> f.number("lon", -180, 180));
        if (f.has("lat") && !f.has("lon")) {
            problems.add("missing_field", "lon", "lon is required when lat is given.");
        }
        if (f.has("lon") && !f.has("lat")) {
            problems.add("missing_field", "lat", "lat is required when lon is given.");
        }
        if (!f.has("place") && !f.has("lat") && !f.has("lon")) {
            problems.add("missing_field", "place", "Give a place name, or lat and lon (or both).");
        }
        Double locUnc = problems.read(() -> f.number("locationUncertaintyKm", 0, MAX_LOCATION_UNCERTAINTY_KM));
        String source = problems.read(() -> f.requiredText("source", MAX_SOURCE_CHARS, false));
        String sourceUrl = problems.read(() -> sourceUrl(f.text("sourceUrl", MAX_URL_CHARS, false)));
        Confidence confidence = problems.read(() -> f.choice("confidence", Confidence.class, Confidence.REPORTED));
        SightingKind kind = problems.read(() -> f.choice("kind", SightingKind.class, SightingKind.SIGHTING));
        String notes = problems.read(() -> f.text("notes", MAX_NOTES_CHARS, true));
        TravelMode arrivedBy = problems.read(() -> f.choice("arrivedBy", TravelMode.class, null));
        SightingDraft draft = typed == null ? null : new SightingDraft(typed.withOffset(), timeUnc, place, lat, lon,
                locUnc, source, sourceUrl, confidence, kind == null ? SightingKind.SIGHTING : kind, notes, arrivedBy,
                typed.local());
        if (draft != null && draft.observedAt() != null) {
            FutureTime.check(draft, clock).ifPresent(p -> problems.add(p.code(), p.field(), p.message()));
        }
        problems.throwIfAny();
        return draft;
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
