package whereabouts.track;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import whereabouts.error.InvalidInputException;

/**
 * Reads an ISO-8601 date-time that must carry a UTC offset (or Z), as every time the API takes does. A time
 * without an offset is its own error ({@code missing_offset}), because it is the usual mistake and "which time
 * zone?" is the question to ask back.
 */
public final class DateTimeField {
    /** How a valid value looks, for messages. */
    public static final String EXAMPLE = "e.g. 2023-09-11T12:00Z or 2023-09-12T06:00+10:00";

    private DateTimeField() {
    }

    /** @throws InvalidInputException naming {@code field} when {@code raw} is not an offset date-time in years 1–9999 */
    public static OffsetDateTime parse(String field, String raw) {
        String shown = FieldReader.abbreviate(raw);
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(raw);
            if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                throw new InvalidInputException(field, field + " must be between the years 1 and 9999, "
                        + EXAMPLE + "; got '" + shown + "'.");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            if (isLocal(raw)) {
                throw new InvalidInputException("missing_offset", field, field + " '" + shown
                        + "' has no UTC offset: the offset is required, " + EXAMPLE + ".");
            }
            throw new InvalidInputException(field, field + " must be an ISO-8601 date-time with a UTC offset, "
                    + EXAMPLE + "; got '" + shown + "'.");
        }
    }

    private static boolean isLocal(String raw) {
        try {
            LocalDateTime.parse(raw);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
