package whereabouts.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import whereabouts.extract.TimeExpressionParser.ResolvedTime;
import whereabouts.extract.TimeExpressionParser.TimeMention;

/**
 * The time expressions of one sentence with what every place of the sentence asks of them, worked out once per
 * time rather than once per place and time: whether it is the time of a report ("confirmed early on Tuesday that"),
 * and its window in a place's time zone (kept per zone). Not thread-safe; lives for one sentence.
 */
final class SentenceTimes {
    private final TimeExpressionParser parser;
    private final List<TimeMention> mentions;
    private final OffsetDateTime publishedAt;
    private final boolean[] report;
    private final boolean[] future;
    private final Map<ZoneId, ResolvedTime[]> resolved = new HashMap<>();

    SentenceTimes(TimeExpressionParser parser, String sentence, int base, Clauses clauses, List<TimeMention> mentions,
                  OffsetDateTime publishedAt) {
        this.parser = parser;
        this.mentions = mentions;
        this.publishedAt = publishedAt;
        this.report = new boolean[mentions.size()];
        this.future = new boolean[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            int at = mentions.get(i).start() - base;
            report[i] = DraftWindows.reportTime(sentence, clauses, at);
            future[i] = !report[i] && DraftWindows.futureAt(sentence, clauses, at);
        }
    }

    int size() {
        return mentions.size();
    }

    TimeMention get(int i) {
        return mentions.get(i);
    }

    /** True when time {@code i} is when something was reported, not when the subject was somewhere. */
    boolean reportTime(int i) {
        return report[i];
    }

    /** Time {@code i}'s window for a place in {@code zone} (resolved on first use). */
    ResolvedTime resolved(int i, ZoneId zone) {
        ResolvedTime[] row = resolved.computeIfAbsent(zone, z -> new ResolvedTime[mentions.size()]);
        if (row[i] == null) {
            row[i] = parser.resolve(mentions.get(i), publishedAt, future[i], zone);
        }
        return row[i];
    }
}
