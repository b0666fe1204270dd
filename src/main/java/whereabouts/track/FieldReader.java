package whereabouts.track;

import java.util.Map;
import java.util.Set;
import whereabouts.error.InvalidInputException;

/**
 * Typed, validated access to raw input fields (from JSON or an HTML form, already flattened to strings).
 * Blank values count as absent, as browsers send empty inputs. Every failure is an
 * {@link InvalidInputException} naming the field.
 */
public final class FieldReader {
    private final Map<String, String> fields;

    public FieldReader(Map<String, String> fields, Set<String> allowed) {
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException("unknown_field", name,
                        "Unknown field '" + name + "'. Allowed fields: " + String.join(", ", allowed) + ".");
            }
        }
        this.fields = fields;
    }

    public boolean has(String name) {
        String v = fields.get(name);
        return v != null && !v.isBlank();
    }

    /** Trimmed text, or null when absent; rejects control characters (newlines and tabs only if multiline) and the invisible ones
     * of {@link whereabouts.util.HiddenCharacters}. */
    public String text(String name, int maxChars, boolean multiline) {
        if (!has(name)) {
            return null;
        }
        String v = fields.get(name).strip();
        if (v.length() > maxChars) {
            throw new InvalidInputException(name, name + " is " + v.length() + " characters long; at most "
                    + maxChars + " are allowed.");
        }
        whereabouts.util.HiddenCharacters.check(name, name, v); // bidi controls, zero-width spaces (#26)
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            boolean allowedWhitespace = multiline && (ch == '\n' || ch == '\r' || ch == '\t');
            if (Character.isISOControl(ch) && !allowedWhitespace) {
                throw new InvalidInputException(name, name + " contains a control character (code "
                        + (int) ch + ").");
            }
        }
        return v;
    }

    public String requiredText(String name, int maxChars, boolean multiline) {
        String v = text(name, maxChars, multiline);
        if (v == null) {
            throw new InvalidInputException("missing_field", name, name + " is required.");
        }
        return v;
    }

    /** A finite number within [min, max], or null when absent. */
    public Double number(String name, double min, double max) {
        if (!has(name)) {
            return null;
        }
        String raw = fields.get(name).strip();
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a number, got '" + abbreviate(raw) + "'.");
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new InvalidInputException(name, name + " must be a finite number within [" + fmt(min) + ", "
                    + fmt(max) + "], got " + abbreviate(raw) + ".");
        }
        return v;
    }

    /** A whole number within [min, max], or null when absent. */
    public Integer integer(String name, int min, int max) {
        if (!has(name)) {
            return null;
        }
        String raw = fields.get(name).strip();
        int v;
        try {
            v = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, got '" + abbreviate(raw) + "'.");
        }
        if (v < min || v > max) {
            throw new InvalidInputException(name, name + " must be within " + min + "–" + max + ", got " + v + ".");
        }
        return v;
    }

    /** One of an enum's constants, written in lower case, or {@code fallback} when absent. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        if (!has(name)) {
            return fallback;
        }
        String raw = fields.get(name).strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        throw new InvalidInputException(name, name + " must be one of " + allowed + ", got '" + abbreviate(raw)
                + "'.");
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
