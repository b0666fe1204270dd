package whereabouts.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import whereabouts.track.Confidence;

/**
 * How confident a draft is, from who the text credits and how it words the claim:
 * <ol>
 *   <li>a hedge in the clause ("reportedly", "allegedly", "possible", "could", "may", "might", "unconfirmed",
 *       "rumoured") makes it {@code unverified};</li>
 *   <li>else an official source (state media or government) of the country the place lies in, or any official
 *       source saying "confirmed", makes it {@code confirmed}: the subject's own state media at home, the host
 *       government abroad;</li>
 *   <li>else {@code reported} (other media, and anyone else credited). Unnamed sources ("unidentified officials")
 *       stay {@code reported} and the draft's notes say so: the rule chosen of the two the issue allows.</li>
 * </ol>
 */
final class ConfidenceRules {
    static final Pattern HEDGE = Pattern.compile(
            "\\b(reportedly|allegedly|possible|possibly|could|may|might|unconfirmed|rumou?red|purportedly|apparently)\\b");

    private ConfidenceRules() {
    }

    static boolean hedged(String clause) {
        return HEDGE.matcher(clause.toLowerCase(Locale.ROOT)).find();
    }

    static Confidence of(SourceList.Resolved origin, boolean confirms, String placeCountry, boolean hedged) {
        if (hedged) {
            return Confidence.UNVERIFIED;
        }
        if (origin.official() && !origin.unnamed() && (confirms || placeCountry.equals(origin.country()))) {
            return Confidence.CONFIRMED;
        }
        return Confidence.REPORTED;
    }
}
