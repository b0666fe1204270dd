package whereabouts.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import whereabouts.extract.TimeExpressionParser.ResolvedTime;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.extract.TimeExpressionParser.Week;

/**
 * Resolves a {@link TimeMention} against the publication time into a window (see {@link TimeExpressionParser} for
 * the rules: weekdays, dates without a year, parts of the day, weeks, "hours ago"; the zone named, else the place's,
 * else the publication's). Stateless.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    /**
     * The window of {@code m}, read relative to {@code publishedAt}.
     *
     * @param future    the mention stands in a future clause ("will arrive on Monday")
     * @param placeZone the place's own zone, used when the text names none; may be null
     */
    static ResolvedTime resolve(TimeMention m, OffsetDateTime publishedAt, boolean future, ZoneId placeZone) {
        ZoneId zone = m.zone() != null ? m.zone() : placeZone != null ? placeZone : publishedAt.getOffset();
        LocalDateTime pubLocal = publishedAt.atZoneSameInstant(zone).toLocalDateTime();
        LocalDate pubDate = pubLocal.toLocalDate();
        int from = m.fromMinute() == null ? 0 : m.fromMinute();
        int to = m.toMinute() == null ? 24 * 60 : m.toMinute();
        if (m.week() != null) {
            return resolveWeek(m, m.week(), pubLocal, future, zone);
        }
        if (m.hoursAgo() != null) {
            int h = Math.abs(m.hoursAgo());
            OffsetDateTime pub = publishedAt.atZoneSameInstant(zone).toOffsetDateTime();
            OffsetDateTime a = m.hoursAgo() < 0 ? pub.minusHours(h) : pub.minusHours(h).minusMinutes(30);
            OffsetDateTime b = m.hoursAgo() < 0 ? pub : pub.minusHours(h).plusMinutes(30);
            return new ResolvedTime(a, b, "\"" + m.what() + "\": " + (m.hoursAgo() < 0 ? "up to " + h + " hours before"
                    : "about " + h + " hours before") + " publication, " + offsetName(a.getOffset(), zone));
        }
        LocalDate day;
        String dayText;
        if (m.date() != null) {
            day = m.yearGiven() ? m.date() : guessYear(m.date(), pubDate, future);
            dayText = day.toString();
        } else if (m.weekday() != null) {
            day = future ? pubDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(m.weekday()))
                    : pubDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(m.weekday()));
            dayText = m.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " = " + day
                    + (future ? " (future clause: the next one)" : " (the last one before publication)");
        } else if (m.relativeDays() != null) {
            day = pubDate.plusDays(m.relativeDays());
            dayText = day.toString();
        } else if (m.dayOfMonth() != null) {
            day = dayOfMonth(pubDate, m.dayOfMonth(), future);
            dayText = day + " (day " + m.dayOfMonth() + " of the month: the " + (future ? "next" : "latest")
                    + " such day " + (future ? "from" : "up to") + " publication)";
        } else {
            LocalDateTime startToday = pubDate.atStartOfDay().plusMinutes(from);
            day = future ? (pubDate.atStartOfDay().plusMinutes(to).isBefore(pubLocal) ? pubDate.plusDays(1) : pubDate)
                    : (startToday.isAfter(pubLocal) ? pubDate.minusDays(1) : pubDate);
            dayText = day + " (no day given: the " + (future ? "next" : "latest") + " such time "
                    + (future ? "after" : "before") + " publication)";
        }
        LocalDateTime a = day.atStartOfDay().plusMinutes(from);
        LocalDateTime b = day.atStartOfDay().plusMinutes(to);
        OffsetDateTime start = a.atZone(zone).toOffsetDateTime();
        OffsetDateTime end = b.atZone(zone).toOffsetDateTime().withOffsetSameInstant(start.getOffset());
        String window = m.fromMinute() == null ? "the whole day" : from == to ? hhmm(from) : hhmm(from) + "–" + hhmm(to);
        return new ResolvedTime(start, end, "\"" + m.what() + "\": " + dayText + ", " + window + " "
                + offsetName(start.getOffset(), zone));
    }

    /** A week, part of one or a weekend, as a window of whole days (up to publication for "earlier this week"). */
    private static ResolvedTime resolveWeek(TimeMention m, Week w, LocalDateTime pub, boolean future, ZoneId zone) {
        LocalDateTime monday = pub.toLocalDate().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay().plusWeeks(w.offset());
        LocalDateTime a;
        LocalDateTime b;
        if ("rolling".equals(w.part())) {
            a = pub.minusDays(7);
            b = pub;
        } else if (w.weekend()) {
            a = monday.plusDays(5);
            if ("nearest".equals(w.part()) && !future && a.isAfter(pub)) {
                a = a.minusWeeks(1); // the weekend before publication
            } else if ("nearest".equals(w.part()) && future && a.plusDays(2).isBefore(pub)) {
                a = a.plusWeeks(1);
            }
            b = a.plusDays(2);
            if (!future && a.isBefore(pub) && b.isAfter(pub)) {
                b = pub; // published during that weekend: up to publication
            }
        } else {
            a = monday;
            b = monday.plusDays(7);
            if ("earlier".equals(w.part()) || (w.part() == null && w.offset() == 0 && !future)) {
                b = pub; // "earlier this week", or "this week" in a report: Monday up to publication
            } else if ("later".equals(w.part()) || (w.part() == null && w.offset() == 0)) {
                a = pub; // "later this week", or "this week" in a future clause: publication to Sunday's end
            }
        }
        OffsetDateTime start = a.atZone(zone).toOffsetDateTime();
        OffsetDateTime end = b.atZone(zone).toOffsetDateTime().withOffsetSameInstant(start.getOffset());
        return new ResolvedTime(start, end, "\"" + m.what() + "\": " + a.toLocalDate() + " " + hhmm(a.getHour() * 60
                + a.getMinute()) + " to " + b.toLocalDate() + " " + hhmm(b.getHour() * 60 + b.getMinute()) + " (weeks run"
                + " Monday to Sunday) " + offsetName(start.getOffset(), zone));
    }

    private static String offsetName(ZoneOffset offset, ZoneId zone) {
        String id = offset.getId().equals("Z") ? "UTC" : offset.getId();
        return zone instanceof ZoneOffset ? id : id + " (" + zone.getId() + ")";
    }

    private static String hhmm(int minutes) {
        int m = Math.floorMod(minutes, 24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static LocalDate guessYear(LocalDate noYear, LocalDate pub, boolean future) {
        LocalDate d = safeDate(pub.getYear(), noYear.getMonthValue(), noYear.getDayOfMonth());
        if (d == null) {
            d = LocalDate.of(pub.getYear(), noYear.getMonthValue(), 28);
        }
        if (d.isAfter(pub.plusDays(182))) {
            return d.minusYears(1);
        }
        if (future && d.isBefore(pub.minusDays(182))) {
            return d.plusYears(1);
        }
        return d;
    }

    /** The latest day {@code dom} of a month on or before {@code pub} (in a future clause the first on or after it). */
    private static LocalDate dayOfMonth(LocalDate pub, int dom, boolean future) {
        for (int k = 0; k <= 12; k++) {
            LocalDate month = future ? pub.plusMonths(k) : pub.minusMonths(k);
            LocalDate d = safeDate(month.getYear(), month.getMonthValue(), dom);
            if (d != null && (future ? !d.isBefore(pub) : !d.isAfter(pub))) {
                return d;
            }
        }
        return pub;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
