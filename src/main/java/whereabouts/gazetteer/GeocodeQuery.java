package whereabouts.gazetteer;

import java.util.Locale;
import java.util.Optional;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.LatLon;

/**
 * A forward geocoding request. The constructor validates and throws {@link InvalidInputException} naming the
 * field ({@code q}, {@code limit}, {@code near}, {@code country}); {@link #fromParams} also parses the raw
 * query-string values of {@code GET /api/geocode}.
 *
 * @param text    the place name as typed, 1–{@value #MAX_TEXT_LENGTH} characters, no control characters
 * @param limit   maximum number of candidates, {@value #MIN_LIMIT}–{@value #MAX_LIMIT}
 * @param near    optional focus point: candidates close to it rank higher (bias decays with distance), or null
 * @param country optional ISO 3166-1 alpha-2 filter (case-insensitive on input, stored upper case), or null
 */
public record GeocodeQuery(String text, int limit, LatLon near, String country) {
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;

    public GeocodeQuery {
        checkText(text, "q");
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT
                    + ", got " + limit);
        }
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                throw new InvalidInputException("country", "country must be an ISO 3166-1 alpha-2 code such as RU, got '"
                        + country + "'");
            }
            country = country.toUpperCase(Locale.ROOT);
        }
    }

    /**
     * Checks a place name as a query text: not empty, at most {@value #MAX_TEXT_LENGTH} characters, no control
     * characters, at least one letter or digit.
     *
     * @param field the input field the text came from, for the error ({@code q}, {@code place}, {@code from} …)
     */
    public static void checkText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_TEXT_LENGTH
                    + " characters, got " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, String.format(Locale.ROOT,
                        "%s must not contain control characters (found U+%04X at index %d)", field, (int) c, i));
            }
        }
        if (NameFolder.fold(text).isEmpty()) {
            throw new InvalidInputException(field, field + " must contain at least one letter or digit");
        }
    }

    /** A query with the default limit and neither bias nor filter. */
    public static GeocodeQuery of(String text) {
        return new GeocodeQuery(text, DEFAULT_LIMIT, null, null);
    }

    /** This query with a focus point. */
    public GeocodeQuery near(LatLon focus) {
        return new GeocodeQuery(text, limit, focus, country);
    }

    /** This query with another limit. */
    public GeocodeQuery withLimit(int newLimit) {
        return new GeocodeQuery(text, newLimit, near, country);
    }

    /** This query restricted to one country. */
    public GeocodeQuery inCountry(String iso2) {
        return new GeocodeQuery(text, limit, near, iso2);
    }

    public Optional<LatLon> nearPoint() {
        return Optional.ofNullable(near);
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(country);
    }

    /**
     * Parses raw request parameters; null or blank optional values mean "absent".
     *
     * @param q       place name
     * @param limit   decimal integer, default {@value #DEFAULT_LIMIT}
     * @param near    {@code "lat,lon"} in decimal degrees
     * @param country ISO alpha-2 code
     */
    public static GeocodeQuery fromParams(String q, String limit, String near, String country) {
        int lim = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                lim = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("limit", "limit must be an integer between " + MIN_LIMIT + " and "
                        + MAX_LIMIT + ", got '" + limit + "'");
            }
        }
        return new GeocodeQuery(q, lim, parseNear(near), country == null || country.isBlank() ? null : country.strip());
    }

    private static LatLon parseNear(String near) {
        if (near == null || near.isBlank()) {
            return null;
        }
        String[] parts = near.split(",");
        if (parts.length != 2) {
            throw new InvalidInputException("near", "near must be 'lat,lon' in decimal degrees, got '" + near + "'");
        }
        try {
            return new LatLon(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            throw new InvalidInputException("near", "near must be 'lat,lon' with lat in [-90, 90] and lon in "
                    + "[-180, 180], got '" + near + "'");
        }
    }
}
