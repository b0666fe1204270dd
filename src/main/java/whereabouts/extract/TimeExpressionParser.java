package whereabouts.extract;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Finds time expressions in a sentence and resolves them against the publication time.
 *
 * <p>Atoms: ISO dates ("2023-09-10", "2023-09-10T14:00"), month-name dates ("Sept. 10", "September 10, 2023",
 * "10 September", "9월 10일", "9月10日"), weekdays (also Russian, Korean, Chinese: "во вторник", "일요일", "周日"),
 * today/yesterday/tomorrow/tonight/last night/"two days ago", weeks ("last week", "earlier this week", "next week",
 * "the past week", "over the weekend"; weeks run Monday to Sunday, a week or weekend is one window), parts of the day (also "вечером", "오후", "下午") and
 * clock times ("at 05:15", "8:50 a.m."), with an optional named zone ("Moscow time", "local time", "GMT", "KST"). Atoms next to each
 * other ("early on Tuesday", "Sunday afternoon", "at 05:15 Moscow time on Sept. 12") make one expression.
 *
 * <p>Resolution: a weekday is the latest such day on or before the publication date, or in a future clause the
 * first on or after it; a date without a year takes the publication's year (the year before if that would put it
 * more than half a year after publication). Parts of the day are windows: early 00–08, morning 06–12, afternoon
 * 12–18, evening 18–22, night 21–05 (next day), late (with a day: "late on Monday") 18–24; a bare day is 00–24; a clock time is exact (± 15 minutes after
 * "about"/"around"). A clock time or part of the day without a day is the latest such moment before publication
 * (in a future clause, the next after it). The zone is the one the text names, else the place's own, else the
 * publication's offset. Stateless and thread-safe.
 */
public final class TimeExpressionParser {
    /** Minutes of uncertainty for "about 08:50". */
    static final int APPROXIMATE_CLOCK_MINUTES = 15;
    /** Hours before publication of a bare "hours ago" / "a few hours ago". */
    static final int HOURS_AGO_DEFAULT = 12;

    /**
     * A time expression found in a sentence. Day: one of {@code date} (absolute, year may be 0 = unknown),
     * {@code weekday}, {@code relativeDays} (today 0, yesterday −1, tomorrow 1), or none. Window within the day in
     * minutes from midnight ({@code fromMinute} ≤ {@code toMinute}, which may pass 1440 for "night"), or null for a
     * whole day.
     */
    public record TimeMention(int start, int end, LocalDate date, boolean yearGiven, DayOfWeek weekday,
                              Integer relativeDays, Integer fromMinute, Integer toMinute, String what, ZoneId zone,
                              boolean localZone, Week week, Integer dayOfMonth, Integer hoursAgo) {
        public TimeMention(int start, int end, LocalDate date, boolean yearGiven, DayOfWeek weekday, Integer relativeDays,
                           Integer fromMinute, Integer toMinute, String what, ZoneId zone, boolean localZone, Week week) {
            this(start, end, date, yearGiven, weekday, relativeDays, fromMinute, toMinute, what, zone, localZone, week,
                    null, null);
        }

        boolean hasDay() {
            return date != null || weekday != null || relativeDays != null || week != null || dayOfMonth != null
                    || hoursAgo != null;
        }
    }

    /**
     * A week or weekend relative to the publication's (weeks run Monday to Sunday): {@code offset} −1 last, 0 this,
     * 1 next; {@code weekend} Saturday and Sunday only; {@code part} "earlier" or "later" this week, "rolling" for the
     * seven days before publication ("the past week"), "nearest" for the weekend before publication, or after it in
     * a future clause ("over the weekend"), else null.
     */
    public record Week(int offset, boolean weekend, String part) {
    }

    /** A resolved window, in the zone chosen; {@code explanation} says how it was read. */
    public record ResolvedTime(OffsetDateTime start, OffsetDateTime end, String explanation) {
        public OffsetDateTime middle() {
            return start.plus(Duration.between(start, end).dividedBy(2));
        }

        public int halfWidthMinutes() {
            return (int) Duration.between(start, end).toMinutes() / 2;
        }
    }

    /** The time expressions of {@code sentence}, indices shifted by {@code base}, in text order. */
    public List<TimeMention> find(String sentence, int base) {
        return AdjacentTimes.group(sentence, TimeAtoms.find(sentence), base);
    }

    /**
     * The window of {@code m}, read relative to {@code publishedAt}.
     *
     * @param future    the mention stands in a future clause ("will arrive on Monday")
     * @param placeZone the place's own zone, used when the text names none; may be null
     */
    public ResolvedTime resolve(TimeMention m, OffsetDateTime publishedAt, boolean future, ZoneId placeZone) {
        return TimeResolver.resolve(m, publishedAt, future, placeZone);
    }
}
