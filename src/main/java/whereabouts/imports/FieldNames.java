package whereabouts.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the column and attribute names other tools write to the sighting API's field names, and times as GDAL
 * and QGIS write them ({@code 2023/09/12 03:10:00+09}) to ISO-8601. A name that is a field's own name wins over
 * an alias of it (our CSV has both {@code observedAt} and {@code observedAtUtc}).
 */
public final class FieldNames {
    /** The sighting fields an import fills, in the API's spelling. */
    public static final List<String> FIELDS = List.of("observedAt", "timeUncertaintyMinutes", "place", "lat", "lon",
            "locationUncertaintyKm", "source", "sourceUrl", "confidence", "kind", "notes");

    private static final Map<String, String> ALIASES = aliases(
            "observedAt", "time timestamp datetime date_time when observed_at observedatutc",
            "place", "name placename place_name location",
            "lat", "latitude y",
            "lon", "longitude lng long x",
            "source", "src",
            "sourceUrl", "source_url url link",
            "notes", "desc description comment note",
            "timeUncertaintyMinutes", "time_uncertainty_minutes",
            "locationUncertaintyKm", "location_uncertainty_km");

    private static final Pattern GDAL_TIME = Pattern.compile(
            "(\\d{4})[/-](\\d{2})[/-](\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private FieldNames() {
    }

    private static Map<String, String> aliases(String... fieldThenNames) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < fieldThenNames.length; i += 2) {
            for (String alias : fieldThenNames[i + 1].split(" ")) {
                out.put(alias, fieldThenNames[i]);
            }
        }
        return out;
    }

    /** The field {@code name} is exactly (ignoring case), or null. */
    static String exact(String name) {
        String n = name.trim();
        return FIELDS.stream().filter(f -> f.equalsIgnoreCase(n)).findFirst().orElse(null);
    }

    /** The field {@code name} is an alias of (ignoring case), or null. */
    static String alias(String name) {
        return ALIASES.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Sighting fields from raw (name, value) pairs: exact names first, then aliases for fields still unset;
     * blank values are left out; the time is normalised with {@link #isoTime}.
     */
    static Map<String, String> fields(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            String f = exact(k);
            if (f != null && v != null && !v.isBlank()) {
                out.putIfAbsent(f, v.strip());
            }
        });
        raw.forEach((k, v) -> {
            String f = alias(k);
            if (f != null && v != null && !v.isBlank()) {
                out.putIfAbsent(f, v.strip());
            }
        });
        out.computeIfPresent("observedAt", (k, v) -> isoTime(v));
        return out;
    }

    /**
     * ISO-8601 for the date-times tools write: {@code 2023/09/12 03:10:00+09} (GDAL's CSV and QGIS) becomes
     * {@code 2023-09-12T03:10:00+09:00}; anything else is returned as it is (the validator judges it).
     */
    public static String isoTime(String raw) {
        Matcher m = GDAL_TIME.matcher(raw.strip());
        if (!m.matches()) {
            return raw;
        }
        String offset = m.group(5);
        if (offset != null && !offset.equals("Z")) {
            String digits = offset.substring(1).replace(":", "");
            offset = offset.charAt(0) + digits.substring(0, 2) + ":" + (digits.length() > 2 ? digits.substring(2) : "00");
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + (offset == null ? "" : offset);
    }
}
