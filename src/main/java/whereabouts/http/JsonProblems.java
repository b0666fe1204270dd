package whereabouts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parse error in our own words (#26): the parser's messages name its own classes and settings
 * ("StreamReadConstraints.getMaxNestingDepth()"), which tell a client about our libraries and nothing useful.
 */
final class JsonProblems {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,100})'");
    /** Words that only the parser's own messages use: such a message is replaced by a plain one. */
    private static final Pattern LIBRARY_WORDS = Pattern.compile(
            "(?i)(jackson|fasterxml|constraints|feature|\\bjava\\.|\\bcom\\.|`|\\(\\)|exception)");

    private JsonProblems() {
    }

    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher dup = DUPLICATE.matcher(original);
        if (dup.find()) {
            return "The body gives the key '" + dup.group(1) + "' twice; give each key once";
        }
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "The body nests objects or arrays too deeply (more than 1,000 levels)";
        }
        if (lower.contains("length") && (lower.contains("exceeds") || lower.contains("maximum"))) {
            return "A value in the body is longer than the server reads";
        }
        if (LIBRARY_WORDS.matcher(original).find() || original.length() > 200) {
            return "The body is not valid JSON";
        }
        return "The body is not valid JSON: " + original;
    }
}
