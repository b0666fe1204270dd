package whereabouts.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.extract.TimeExpressionParser.Week;

/**
 * The atoms of time expressions in a sentence, each read on its own (see {@link TimeExpressionParser} for the list):
 * ISO and month-name dates, weekdays (also Russian, Korean, Chinese), relative days and weeks, "hours ago", parts of
 * the day and clock times with an optional named zone. {@link AdjacentTimes} joins neighbours into one mention.
 * Stateless.
 */
final class TimeAtoms {

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
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(a|one|two|three|four|five|six|seven|\\d)\\s+days?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    /** "last week", "earlier this week", "next weekend", "over the weekend", "the past week". */
    private static final Pattern WEEK = Pattern.compile("\\b(?:(earlier|later)\\s+this|(last|this|next|previous|past)"
            + "|(?:over|at|during)\\s+the)\\s+(week(?:end)?)\\b|\\bthe\\s+(past|previous)\\s+week\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("moscow", ZoneId.of("Europe/Moscow")), Map.entry("msk", ZoneId.of("Europe/Moscow")),
            Map.entry("pyongyang", ZoneId.of("Asia/Pyongyang")), Map.entry("seoul", ZoneId.of("Asia/Seoul")),
            Map.entry("kst", ZoneId.of("Asia/Seoul")), Map.entry("tokyo", ZoneId.of("Asia/Tokyo")),
            Map.entry("jst", ZoneId.of("Asia/Tokyo")), Map.entry("beijing", ZoneId.of("Asia/Shanghai")),
            Map.entry("vladivostok", ZoneId.of("Asia/Vladivostok")), Map.entry("khabarovsk", ZoneId.of("Asia/Vladivostok")),
            Map.entry("hanoi", ZoneId.of("Asia/Bangkok")), Map.entry("gmt", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC));

    /** One atom: its span in the sentence, its kind ("day", "dayclock", "part", "clock") and what it says. */
    record Atom(int start, int end, String type, TimeMention m) {
    }

    private TimeAtoms() {
    }

    /** The atoms of {@code sentence} (indices local to it), an atom inside a longer one dropped, in text order. */
    static List<Atom> find(String sentence) {
        // cheap tests first: most sentences have no digit, no "ago", no "week", no non-Latin letter
        boolean digit = false;
        boolean wide = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            digit |= c >= '0' && c <= '9';
            wide |= c > 0x7f;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        String digits = digit ? sentence : "";
        String intl = wide ? sentence : "";
        List<Atom> atoms = new ArrayList<>();
        Matcher m = ISO.matcher(digits);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                Integer from = m.group(4) == null ? null : Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
                atoms.add(new Atom(m.start(), m.end(), from == null ? "day" : "dayclock",
                        mention(d, true, null, null, from, from, m.group(), null, false)));
            }
        }
        addMonthDates(atoms, MONTH_DAY.matcher(digits), 1, 2, 3);
        addMonthDates(atoms, DAY_MONTH.matcher(digits), 2, 1, 3);
        m = WEEKDAY.matcher(sentence.contains("day") ? sentence : "");
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, dow, null, null, null, m.group(), null, false)));
        }
        m = CJK_DATE.matcher(digit && wide ? sentence : "");
        while (m.find()) {
            boolean yearGiven = m.group(1) != null;
            LocalDate d = safeDate(yearGiven ? Integer.parseInt(m.group(1)) : 2000, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d != null) {
                atoms.add(new Atom(m.start(), m.end(), "day", mention(d, yearGiven, null, null, null, null, m.group(), null, false)));
            }
        }
        m = WEEKDAY_INTL.matcher(intl);
        while (m.find()) {
            DayOfWeek dow = intlWeekday(m.group(1), m.group(2), m.group(3));
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, dow, null, null, null, m.group(), null, false)));
        }
        m = PART_INTL.matcher(intl);
        while (m.find()) {
            int[] w = partWindow(intlPart(m.group().toLowerCase(Locale.ROOT)));
            atoms.add(new Atom(m.start(), m.end(), "part", mention(null, false, null, null, w[0], w[1], m.group(), null, false)));
        }
        m = CJK_DAY.matcher(digit && wide ? sentence : "");
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            if (day >= 1 && day <= 31) {
                atoms.add(new Atom(m.start(), m.end(), "day", new TimeMention(0, 0, null, false, null, null, null, null,
                        m.group(), null, false, null, day, null)));
            }
        }
        m = HOURS_AGO.matcher(lower.contains("ago") ? sentence : "");
        while (m.find()) {
            String n = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int k = List.of("a", "an", "one", "two", "three", "four", "five", "six").indexOf(n);
            int hours = n.matches("\\d+") ? Integer.parseInt(n) : k >= 0 ? Math.max(1, k) : -TimeExpressionParser.HOURS_AGO_DEFAULT;
            atoms.add(new Atom(m.start(), m.end(), "clock", new TimeMention(0, 0, null, false, null, null, null, null,
                    m.group(), null, false, null, null, hours)));
        }
        m = DAYS_AGO.matcher(lower.contains("ago") ? sentence : "");
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int days = List.of("a", "one", "two", "three", "four", "five", "six", "seven").indexOf(n);
            days = days < 0 ? Integer.parseInt(n) : Math.max(1, days);
            atoms.add(new Atom(m.start(), m.end(), "day", mention(null, false, null, -days, null, null, m.group(), null, false)));
        }
        m = WEEK.matcher(lower.contains("week") ? sentence : "");
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
        m = CLOCK.matcher(digits);
        while (m.find()) {
            addClock(atoms, m);
        }
        atoms.removeIf(a -> atoms.stream().anyMatch(b -> b != a && b.start <= a.start && b.end >= a.end
                && (b.end - b.start) > (a.end - a.start)));
        atoms.sort(Comparator.comparingInt(Atom::start));
        return atoms;
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
        int u = m.group(1) != null ? TimeExpressionParser.APPROXIMATE_CLOCK_MINUTES : 0;
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
