package whereabouts.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.track.SightingKind;

/**
 * The windows of readings beyond their own time expressions: a sighting with no time of its own is bounded by
 * publication (from the start of the latest earlier window of the story, else {@value #UNBOUNDED_LOOKBACK_HOURS}
 * hours before), an expected destination with none runs {@value #EXPECTED_DEFAULT_HOURS} hours from publication, a
 * sighting never ends after publication; and the clause tests that decide a time's meaning: a report time
 * ("confirmed early on Tuesday that"), a future clause, another year (history). Stateless.
 */
final class DraftWindows {
    /** Window of a time-less sighting when the text gives no earlier time at all, hours before publication. */
    static final int UNBOUNDED_LOOKBACK_HOURS = 72;
    /** Window of a time-less expected destination, hours after publication. */
    static final int EXPECTED_DEFAULT_HOURS = 72;

    static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|'ll|expected|expects|set to|scheduled|"
            + "plans? to|planned|planning|due to|to be held|could|may|might|possible|possibly|likely|potential|upcoming|"
            + "next)\\b");
    private static final Pattern FORWARD_WORD = Pattern.compile("(?i)\\b(through|until|till|next|by|coming|from)\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(said|says|confirmed|confirms|reported|reports|"
            + "announced|announces|stated|statement|told|according)\\b");

    private DraftWindows() {
    }

    /** Sightings without a time of their own: from the latest earlier window's start to publication. */
    static void boundByPublication(List<Reading> readings, OffsetDateTime publishedAt) {
        OffsetDateTime latest = null;
        String from = null;
        for (Reading r : readings) {
            if (r.start != null && r.kind == SightingKind.SIGHTING && r.start.isBefore(publishedAt)
                    && (latest == null || r.start.isAfter(latest))) {
                latest = r.start;
                from = r.mention.name();
            }
        }
        for (Reading r : readings) {
            if (r.start != null) {
                continue;
            }
            if (r.kind == SightingKind.EXPECTED) {
                r.start = publishedAt.atZoneSameInstant(r.zone).toOffsetDateTime();
                r.end = r.start.plusHours(EXPECTED_DEFAULT_HOURS);
                r.notes.add(0, "No time given for this expected destination: from publication " + publishedAt + " for "
                        + EXPECTED_DEFAULT_HOURS + " hours.");
                continue;
            }
            OffsetDateTime lower = latest != null ? latest : publishedAt.minusHours(UNBOUNDED_LOOKBACK_HOURS);
            r.start = lower.atZoneSameInstant(r.zone).toOffsetDateTime();
            r.end = publishedAt.atZoneSameInstant(r.zone).toOffsetDateTime();
            r.boundedByPublication = true;
            r.notes.add(0, "No time of its own: bounded by publication, from " + lower
                    + (latest != null ? " (the start of the latest earlier time the text gives, at " + from + ")"
                    : " (" + UNBOUNDED_LOOKBACK_HOURS + " hours before, as the text gives no earlier time)")
                    + " to publishedAt " + publishedAt + ".");
        }
    }

    /** A sighting cannot be later than its report: "Thursday evening" in a story published at 18:00 ends at 18:00. */
    static void clipToPublication(List<Reading> readings, OffsetDateTime publishedAt) {
        for (Reading r : readings) {
            if (r.kind == SightingKind.SIGHTING && r.end.isAfter(publishedAt) && !r.start.isAfter(publishedAt)) {
                r.end = publishedAt.atZoneSameInstant(r.zone).toOffsetDateTime();
                r.notes.add("Window cut at publication.");
            }
        }
    }

    /** "Kim met Putin in Vladivostok in 2019": a year other than the publication's in the clause is history. */
    static boolean historical(String sentence, Clauses clauses, int from, int to, OffsetDateTime publishedAt) {
        int[] c = clauses.around(from, to);
        Matcher m = YEAR.matcher(sentence.substring(c[0], c[1]));
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != publishedAt.getYear()) {
                return true;
            }
        }
        return false;
    }

    static boolean reportTime(String sentence, Clauses clauses, int at) {
        int[] c = clauses.around(at, at);
        String before = sentence.substring(Math.max(c[0], at - 40), at);
        return REPORTING.matcher(before).find() && !REPORTING.matcher(sentence).region(at, sentence.length()).lookingAt()
                && before.matches("(?is).*\\b(said|says|confirmed|confirms|reported|reports|announced|stated|statement|told)"
                + "(\\s+\\w+){0,3}\\s*$");
    }

    static boolean futureAt(String sentence, Clauses clauses, int at) {
        int[] c = clauses.around(at, at);
        return FORWARD_WORD.matcher(sentence.substring(Math.max(0, at - 12), at)).find()
                || FUTURE.matcher(sentence.substring(c[0], c[1])).find();
    }
}
