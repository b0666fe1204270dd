package whereabouts.track;

import java.time.Instant;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.BoundingBox;

/**
 * Which sightings {@code GET /api/sightings} asks for: those inside a box, optionally within a time window
 * ({@code from}/{@code to}, each inclusive), at most {@code limit}.
 *
 * @param limit at most this many sightings, the earliest first (1–{@value #MAX_LIMIT})
 */
public record AreaQuery(BoundingBox box, Instant from, Instant to, int limit) {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;

    /** Reads {@code bbox=minLon,minLat,maxLon,maxLat}, {@code from}, {@code to} and {@code limit}. */
    public static AreaQuery parse(Map<String, String> params) {
        BoundingBox box = box(params.get("bbox"));
        Instant from = time(params, "from");
        Instant to = time(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("to", "to must not be before from.");
        }
        return new AreaQuery(box, from, to, limit(params.get("limit")));
    }

    private static BoundingBox box(String raw) {
        String expected = "bbox must be minLon,minLat,maxLon,maxLat in degrees, e.g. bbox=129.5,42.0,132.5,44.0";
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "bbox", "bbox is required: " + expected.substring(5) + ".");
        }
        String[] parts = raw.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", expected + "; got '" + FieldReader.abbreviate(raw) + "'.");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox", expected + "; got '" + FieldReader.abbreviate(raw) + "'.");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidInputException("bbox", expected + "; got '" + FieldReader.abbreviate(raw) + "'.");
            }
        }
        try {
            return new BoundingBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("bbox", "bbox " + e.getMessage()
                    + " (boxes across the antimeridian are not supported: ask for each side).");
        }
    }

    private static Instant time(Map<String, String> params, String field) {
        String raw = params.get(field);
        return raw == null || raw.isBlank() ? null : DateTimeField.parse(field, raw).toInstant();
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + "; got '"
                + FieldReader.abbreviate(raw) + "'.");
    }
}
