package whereabouts.track;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import whereabouts.error.InvalidInputException;

/**
 * Reads an ISO-8601 date-time that must carry a UTC offset (or Z), as every time the API takes does. A time
 * without an offset is its own error ({@code missing_offset}), because it is the usual mistake and "which time
 * zone?" is the question to ask back.
 */
public final class DateTimeField {
    /** How a valid value looks, for messages. */
    public static final String EXAMPLE = "e.g. 2023-09-11T12:00Z or 2023-09-12T06:00+10:00";

    /**
     * A '+' written unencoded in a query string or form body arrives as a space: "06:00 10:00" is read as
     * "06:00+10:00" (an ISO-8601 date-time never contains a space there).
     */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}(?::?\\d{2})?)$");

    private DateTimeField() {
    }

    /** @throws InvalidInputException naming {@code field} when {@code raw} is not an offset date-time in years 1–9999 */
    public static OffsetDateTime parse(String field, String raw) {
        String text = UNENCODED_PLUS.matcher(raw.strip()).replaceFirst("+$1");
        String shown = FieldReader.abbreviate(text);
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                throw new InvalidInputException(field, field + " must be between the years 1 and 9999, "
                        + EXAMPLE + "; got '" + shown + "'.");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            if (isLocal(text)) {
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
