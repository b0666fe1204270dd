package whereabouts.extract;

import java.util.regex.Pattern;

/**
 * Names a sentence gives only as a reference, not as where the subject is (see {@link PlaceFinder}):
 * <ul>
 *   <li>a distance without a direction: "about 100 km from Vladivostok", "some 6,000 km from Moscow",
 *       "в 130 км от Владивостока" (the subject is that far away, in no known direction);</li>
 *   <li>a comparison or an earlier journey of someone else: "a larger vessel than the one that called at
 *       Vladivostok", "the same road Kim took from Pyongyang", "unlike the train that left Tumangang";</li>
 *   <li>a source's or an organisation's base: "an agency based in Moscow", "a ship registered in Panama".</li>
 * </ul>
 * Each test reads only the text before the name (the few dozen characters {@link PlaceFinder} already holds), so
 * it costs one bounded match per name. Stateless.
 */
final class ReferencePlaces {
    private static final Pattern DISTANCE = Pattern.compile("(?iu)\\d(?:[\\d.,]|\\s(?=\\d))*\\s*-?\\s*"
            + "(?:km|kilomet(?:er|re)s?|miles?|mi|км|километр\\p{L}*|мил\\p{L}*)\\s+(?:away\\s+)?"
            + "(?:from|outside|short\\s+of|beyond|от)\\s+(?:the\\s+)?$");
    private static final Pattern COMPARISON = Pattern.compile("(?i)(?<!(?:more|less|fewer|rather|other|later|earlier|sooner|no)\\s)\\bthan\\b|\\b(?:unlike|similar\\s+to|the\\s+same\\s+"
            + "(?:road|route|way|path|train|ship|vessel|plane|aircraft|jet|journey|trip|line|track)s?)\\b");
    private static final Pattern BASE = Pattern.compile("(?i)\\b(?:based|headquartered|registered|flagged|"
            + "incorporated)\\s+(?:in|at)\\s+(?:the\\s+)?$");

    private ReferencePlaces() {
    }

    /**
     * True when the name after {@code before} (the text up to the name, at most a few dozen characters) is a
     * distance reference, a comparison's or a base's place; a comparison counts from the last comma or semicolon.
     */
    static boolean only(String before) {
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
        return DISTANCE.matcher(before).find() || BASE.matcher(before).find()
                || COMPARISON.matcher(before).region(clause, before.length()).find();
    }
}
