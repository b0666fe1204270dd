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
    /** "2023-09-12 14:00": a date and a time separated by a space, as people type them (ISO-8601 wants a T). */
    private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(\\d{1,2}:\\d{2})");
    /** "2023-09-12T14:00 +10:00" or "… Z": a space before the offset. */
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(" +([+-]\\d{2}(?::?\\d{2})?|Z)$");

    /**
     * A time as typed: with its offset, or (when typed without one) as a wall-clock time to be read in the
     * place's time zone. Exactly one of the two is non-null.
     */
    public record Typed(OffsetDateTime withOffset, LocalDateTime local) {
    }

    private DateTimeField() {
    }

    /** @throws InvalidInputException naming {@code field} when {@code raw} is not an offset date-time in years 1–9999 */
    public static OffsetDateTime parse(String field, String raw) {
        String text = normalise(raw);
        String shown = FieldReader.abbreviate(raw.strip());
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

    /**
     * Like {@link #parse}, but a time without an offset is accepted as wall-clock time ({@link Typed#local()});
     * the caller reads it in the zone of the place.
     */
    public static Typed parseTyped(String field, String raw) {
        String text = normalise(raw);
        if (isLocal(text)) {
            LocalDateTime local = LocalDateTime.parse(text);
            if (local.getYear() < 1 || local.getYear() > 9999) {
                throw new InvalidInputException(field, field + " must be between the years 1 and 9999, "
                        + EXAMPLE + "; got '" + FieldReader.abbreviate(raw.strip()) + "'.");
            }
            return new Typed(null, local);
        }
        return new Typed(parse(field, raw), null);
    }

    /** "2023-09-12 14:00" → "2023-09-12T14:00"; "…T06:00 10:00" (a '+' sent unencoded) → "…T06:00+10:00". */
    private static String normalise(String raw) {
        String text = SPACE_FOR_T.matcher(raw.strip()).replaceFirst("$1T$2");
        text = text.replaceFirst("T(\\d):", "T0$1:");
        String plus = UNENCODED_PLUS.matcher(text).replaceFirst("+$1");
        return SPACE_BEFORE_OFFSET.matcher(plus).replaceFirst("$1");
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
