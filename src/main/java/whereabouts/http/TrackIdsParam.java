package whereabouts.http;

import java.util.ArrayList;
import java.util.List;
import whereabouts.error.InvalidInputException;

/** A {@code tracks=1,2,3} query parameter: positive whole numbers, comma-separated (checked, never trusted). */
final class TrackIdsParam {
    /** More parts than this are refused before parsing (the services' own limits are lower). */
    private static final int MAX_PARTS = 100;

    private TrackIdsParam() {
    }

    /**
     * @param raw      the parameter as sent, maybe null
     * @param required the message when it is missing, e.g. "tracks is required: two to 10 track ids …"
     */
    static List<Long> parse(String raw, String required) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("missing_field", "tracks", required);
        }
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_PARTS) {
            throw new InvalidInputException("tracks", "Too many tracks (" + parts.length + " given).");
        }
        List<Long> ids = new ArrayList<>(parts.length);
        for (String part : parts) {
            try {
                long id = Long.parseLong(part.strip());
                if (id > 0) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException ignored) {
                // falls through
            }
            throw new InvalidInputException("tracks", "tracks must be track ids (positive whole numbers) separated "
                    + "by commas; '" + (part.length() > 20 ? part.substring(0, 20) + "…" : part) + "' is not one.");
        }
        return ids;
    }
}
