package whereabouts.extract;

/**
 * A stretch of the pasted text that a draft was read from.
 *
 * @param role  what the stretch is: {@code place}, {@code time} or {@code source}
 * @param start first character, an index into the whole text (UTF-16 code units, as JavaScript counts)
 * @param end   one past the last character
 * @param text  the characters themselves
 */
public record Span(String role, int start, int end, String text) {
    public static final String PLACE = "place";
    public static final String TIME = "time";
    public static final String SOURCE = "source";

    static Span of(String role, String whole, int start, int end) {
        return new Span(role, start, end, whole.substring(start, end));
    }
}
