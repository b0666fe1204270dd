package whereabouts.extract;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|tomorrow|tonight|last night)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile(
            "\\b(small hours|wee hours|early hours|early|late|morning|afternoon|evening|overnight|night|midday|noon|dawn|daybreak)\\b", Pattern.CASE_INSENSITIVE);
    private static final String ZONE_WORDS = "Moscow|Pyongyang|Seoul|Tokyo|Beijing|Vladivostok|Khabarovsk|Hanoi|local";
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:(about|around|approximately|roughly|some)\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)?"
                    + "(?:\\s*(?:(" + ZONE_WORDS + ")\\s+time|\\(?(GMT|UTC|KST|JST|MSK)\\)?))?", Pattern.CASE_INSENSITIVE);
    /** Weekdays in Russian (any case ending), Korean and Chinese. */
    private static final Pattern WEEKDAY_INTL = Pattern.compile("(?<!\\p{L})(понедельник|вторник|сред|четверг|пятниц|суббот|"
            + "воскресень)\\p{L}*|([월화수목금토일])요일|(?:星期|周|週)([一二三四五六日天])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Parts of the day in Russian, Korean and Chinese. */
    private static final Pattern PART_INTL = Pattern.compile("(?<!\\p{L})(в ночь на|рано утром|на рассвете|утром|дн[её]м|вечером|ночью)(?!\\p{L})"
            + "|(새벽|오전|오후|저녁|밤)|(凌晨|上午|下午|晚上|夜间|夜里|晚(?!上))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "9월 10일", "9月10日" (Korean, Chinese, Japanese), with an optional year "2023년", "2023年" before. */
    private static final Pattern CJK_DATE = Pattern.compile("(?:(\\d{4})\\s*[년年]\\s*)?(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日号]");
    /** A day of the month alone, as Korean and Chinese reports write it: "12일 새벽", "2日凌晨", "5号". */
    private static final Pattern CJK_DAY = Pattern.compile("(?<![\\d월月年년])(\\d{1,2})\\s*(?:일(?!요)|日|号)");
    /** "hours ago", "a few hours ago", "two hours ago": a window ending at publication. */
    private static final Pattern HOURS_AGO = Pattern.compile("\\b(?:(a few|several|some|a couple of|an?|one|two|three|four|five|six|\\d{1,2})\\s+)?hours?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    /** Hours before publication of a bare "hours ago" / "a few hours ago". */
    static final int HOURS_AGO_DEFAULT = 12;
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(a|one|two|three|four|five|six|seven|\\d)\\s+days?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    /** "last week", "earlier this week", "next weekend", "over the weekend", "the past week". */
    private static final Pattern WEEK = Pattern.compile("\\b(?:(earlier|later)\\s+this|(last|this|next|previous|past)"
            + "|(?:over|at|during)\\s+the)\\s+(week(?:end)?)\\b|\\bthe\\s+(past|previous)\\s+week\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAP = Pattern.compile("[\\s,]*(?:(?:on|of|at|in|the|в|во)\\s+){0,2}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("moscow", ZoneId.of("Europe/Moscow")), Map.entry("msk", ZoneId.of("Europe/Moscow")),
            Map.entry("pyongyang", ZoneId.of("Asia/Pyongyang")), Map.entry("seoul", ZoneId.of("Asia/Seoul")),
            Map.entry("kst", ZoneId.of("Asia/Seoul")), Map.entry("tokyo", ZoneId.of("Asia/Tokyo")),
            Map.entry("jst", ZoneId.of("Asia/Tokyo")), Map.entry("beijing", ZoneId.of("Asia/Shanghai")),
            Map.entry("vladivostok", ZoneId.of("Asia/Vladivostok")), Map.entry("khabarovsk", ZoneId.of("Asia/Vladivostok")),
            Map.entry("hanoi", ZoneId.of("Asia/Bangkok")), Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC));

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

    private record Atom(int start, int end, String type, TimeMention m) {
    }

    /** The time expressions of {@code sentence}, indices shifted by {@code base}, in text order. */
    public List<TimeMention> find(String sentence, int base) {
        List<Atom> atoms = new ArrayList<>();
        Matcher m = ISO.matcher(sentence);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                Integer from = m.group(4) == null ? null : Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
                atoms.add(new Atom(m.start(), m.end(), from == null ? "day" : "dayclock",
                        mention(d, true, null, null, from, from, m.group(), null, false)));
            }
        }
        addMonthDates(atoms, MONTH_DAY.matcher(sentence), 1, 2, 3);
        addMonthDates(atoms, DAY_MONTH.matcher(sentence), 2, 1, 3);
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, dow, null, null, null, m.group(), null, false)));
        }
        m = CJK_DATE.matcher(sentence);
        while (m.find()) {
            boolean yearGiven = m.group(1) != null;
            LocalDate d = safeDate(yearGiven ? Integer.parseInt(m.group(1)) : 2000, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d != null) {
                atoms.add(new Atom(m.start(), m.end(), "day", mention(d, yearGiven, null, null, null, null, m.group(), null, false)));
            }
        }
        m = WEEKDAY_INTL.matcher(sentence);
        while (m.find()) {
            DayOfWeek dow = intlWeekday(m.group(1), m.group(2), m.group(3));
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, dow, null, null, null, m.group(), null, false)));
        }
        m = PART_INTL.matcher(sentence);
        while (m.find()) {
            int[] w = partWindow(intlPart(m.group().toLowerCase(Locale.ROOT)));
            atoms.add(new Atom(m.start(), m.end(), "part", mention(null, false, null, null, w[0], w[1], m.group(), null, false)));
        }
        m = CJK_DAY.matcher(sentence);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (day >= 1 && day <= 31) {
                atoms.add(new Atom(m.start(), m.end(), "day", new TimeMention(0, 0, null, false, null, null, null, null,
                        m.group(), null, false, null, day, null)));
            }
        }
        m = HOURS_AGO.matcher(sentence);
        while (m.find()) {
            String n = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int k = List.of("a", "an", "one", "two", "three", "four", "five", "six").indexOf(n);
            int hours = n.matches("\\d+") ? Integer.parseInt(n) : k >= 0 ? Math.max(1, k) : -HOURS_AGO_DEFAULT;
            atoms.add(new Atom(m.start(), m.end(), "clock", new TimeMention(0, 0, null, false, null, null, null, null,
                    m.group(), null, false, null, null, hours)));
        }
        m = DAYS_AGO.matcher(sentence);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int days = List.of("a", "one", "two", "three", "four", "five", "six", "seven").indexOf(n);
            days = days < 0 ? Integer.parseInt(n) : Math.max(1, days);
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, null, -days, null, null, m.group(), null, false)));
        }
        m = WEEK.matcher(sentence);
        while (m.find()) {
            atoms.add(new Atom(m.start(), m.end(), "day", weekMention(m)));
        }
        m = RELATIVE.matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int days = switch (w) {
                case "yesterday", "last night" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            boolean night = w.endsWith("night");
            atoms.add(new Atom(m.start(), m.end(), night ? "dayclock" : "day", mention(null, false, null, days,
                    night ? 21 * 60 : null, night ? 29 * 60 : null, m.group(), null, false)));
        }
        m = PART.matcher(sentence);
        while (m.find()) {
            int[] w = partWindow(m.group(1).toLowerCase(Locale.ROOT));
            atoms.add(new Atom(m.start(), m.end(), "part", mention(null, false, null, null, w[0], w[1], m.group(), null, false)));
        }
        m = CLOCK.matcher(sentence);
        while (m.find()) {
            addClock(atoms, m);
        }
        atoms.removeIf(a -> atoms.stream().anyMatch(b -> b != a && b.start <= a.start && b.end >= a.end
                && (b.end - b.start) > (a.end - a.start)));
        atoms.sort(Comparator.comparingInt(Atom::start));
        return group(sentence, atoms, base);
    }

    private static void addMonthDates(List<Atom> atoms, Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        while (m.find()) {
            int month = monthNumber(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            boolean yearGiven = m.group(yearGroup) != null;
            LocalDate d = safeDate(yearGiven ? Integer.parseInt(m.group(yearGroup)) : 2000, month, day);
            if (month > 0 && d != null) {
                atoms.add(new Atom(m.start(), m.end(), "day", mention(d, yearGiven, null, null, null, null, m.group(), null, false)));
            }
        }
    }

    private static void addClock(List<Atom> atoms, Matcher m) {
        String ampm = m.group(4);
        String zoneWord = m.group(5) != null ? m.group(5) : m.group(6);
        if (m.group(3) == null && ampm == null) {
            return; // a bare number is no clock time
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            if (hour < 1 || hour > 12) {
                return;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || (m.group(3) != null && m.group(3).length() != 2)) {
            return;
        }
        int t = hour * 60 + minute;
        int u = m.group(1) != null ? APPROXIMATE_CLOCK_MINUTES : 0;
        ZoneId zone = zoneWord == null ? null : ZONES.get(zoneWord.toLowerCase(Locale.ROOT));
        boolean local = zoneWord != null && zoneWord.equalsIgnoreCase("local");
        atoms.add(new Atom(m.start(), m.end(), "clock", mention(null, false, null, null, t - u, t + u, m.group().strip(),
                zone, local)));
    }

    private static TimeMention mention(LocalDate date, boolean yearGiven, DayOfWeek dow, Integer rel, Integer from,
                                       Integer to, String what, ZoneId zone, boolean local) {
        return new TimeMention(0, 0, date, yearGiven, dow, rel, from, to, what, zone, local, null);
    }

    private static TimeMention weekMention(Matcher m) {
        String word = m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT) : "week";
        boolean weekend = word.equals("weekend");
        Week week;
        if (m.group(1) != null) {
            week = new Week(0, weekend, m.group(1).toLowerCase(Locale.ROOT)); // earlier / later this week
        } else if (m.group(4) != null) {
            week = m.group(4).equalsIgnoreCase("past") ? new Week(0, false, "rolling") : new Week(-1, false, null);
        } else if (m.group(2) != null) {
            week = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "last", "previous" -> new Week(-1, weekend, null);
                case "next" -> new Week(1, weekend, null);
                case "past" -> weekend ? new Week(-1, true, null) : new Week(0, false, "rolling");
                default -> new Week(0, weekend, null);
            };
        } else {
            week = new Week(0, weekend, weekend ? "nearest" : null); // over the weekend / during the week
        }
        return new TimeMention(0, 0, null, false, null, null, null, null, m.group(), null, false, week);
    }

    /** Adjacent atoms of different kinds ("early on Tuesday", "Sunday afternoon") become one mention. */
    private static List<TimeMention> group(String s, List<Atom> atoms, int base) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            Atom first = atoms.get(i);
            List<Atom> g = new ArrayList<>(List.of(first));
            int j = i + 1;
            while (j < atoms.size()) {
                Atom next = atoms.get(j);
                Atom last = g.get(g.size() - 1);
                if (next.start < last.end || !GAP.matcher(s.substring(last.end, next.start)).matches()
                        || g.stream().anyMatch(a -> clash(a.type, next.type))) {
                    break;
                }
                g.add(next);
                j++;
            }
            if (g.size() > 1 || !first.type.equals("part") || !first.m.what().matches("(?i)early|late")) {
                out.add(combine(s, g, base));
            }
            i = j;
        }
        return out;
    }

    private static boolean clash(String a, String b) {
        boolean dayA = a.startsWith("day");
        boolean dayB = b.startsWith("day");
        return (dayA && dayB) || a.equals(b);
    }

    private static TimeMention combine(String s, List<Atom> g, int base) {
        LocalDate date = null;
        boolean yearGiven = false;
        DayOfWeek dow = null;
        Integer rel = null;
        Integer from = null;
        Integer to = null;
        ZoneId zone = null;
        boolean local = false;
        Week week = null;
        Integer dayOfMonth = null;
        Integer hoursAgo = null;
        int rank = 0;
        for (Atom a : g) {
            TimeMention m = a.m;
            dayOfMonth = m.dayOfMonth() != null ? m.dayOfMonth() : dayOfMonth;
            hoursAgo = m.hoursAgo() != null ? m.hoursAgo() : hoursAgo;
            week = m.week() != null ? m.week() : week;
            if (m.date() != null) {
                date = m.date();
                yearGiven = m.yearGiven();
            }
            dow = m.weekday() != null ? m.weekday() : dow;
            rel = m.relativeDays() != null ? m.relativeDays() : rel;
            int r = switch (a.type) {
                case "clock" -> 3;
                case "dayclock" -> 2;
                case "part" -> 1;
                default -> 0;
            };
            if (m.fromMinute() != null && r > rank) {
                from = m.fromMinute();
                to = m.toMinute();
                rank = r;
            }
            zone = m.zone() != null ? m.zone() : zone;
            local |= m.localZone();
        }
        int start = g.get(0).start;
        int end = g.get(g.size() - 1).end;
        return new TimeMention(base + start, base + end, date, yearGiven, dow, rel, from, to, s.substring(start, end),
                zone, local, week, dayOfMonth, hoursAgo);
    }

    /**
     * The window of {@code m}, read relative to {@code publishedAt}.
     *
     * @param future    the mention stands in a future clause ("will arrive on Monday")
     * @param placeZone the place's own zone, used when the text names none; may be null
     */
    public ResolvedTime resolve(TimeMention m, OffsetDateTime publishedAt, boolean future, ZoneId placeZone) {
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

    private static DayOfWeek intlWeekday(String russian, String korean, String chinese) {
        if (russian != null) {
            String r = russian.toLowerCase(Locale.ROOT);
            String[] stems = {"понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"};
            return DayOfWeek.of(List.of(stems).indexOf(r) + 1);
        }
        if (korean != null) {
            return DayOfWeek.of("월화수목금토일".indexOf(korean) + 1);
        }
        int i = "一二三四五六日天".indexOf(chinese);
        return DayOfWeek.of(Math.min(7, i + 1));
    }

    private static String intlPart(String word) {
        return switch (word) {
            case "утром", "오전", "上午" -> "morning";
            case "днём", "днем", "오후", "下午" -> "afternoon";
            case "вечером", "저녁", "晚上", "晚" -> "evening";
            case "새벽", "凌晨", "рано утром" -> "early";
            case "на рассвете" -> "dawn";
            case "ночью", "в ночь на" -> "small hours"; // "в четверг ночью": the night that ends on Thursday's morning
            default -> "night";
        };
    }

    private static int[] partWindow(String part) {
        return switch (part) {
            case "early", "early hours" -> new int[] {0, 8 * 60};
            case "small hours", "wee hours" -> new int[] {0, 6 * 60};
            case "late" -> new int[] {18 * 60, 24 * 60};
            case "morning" -> new int[] {6 * 60, 12 * 60};
            case "afternoon" -> new int[] {12 * 60, 18 * 60};
            case "evening" -> new int[] {18 * 60, 22 * 60};
            case "midday", "noon" -> new int[] {11 * 60, 13 * 60};
            case "dawn", "daybreak" -> new int[] {4 * 60, 7 * 60};
            default -> new int[] {21 * 60, 29 * 60}; // night, overnight
        };
    }

    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
