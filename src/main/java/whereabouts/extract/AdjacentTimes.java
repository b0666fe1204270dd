package whereabouts.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.extract.TimeExpressionParser.Week;

/**
 * Joins adjacent time atoms of different kinds into one mention: "early on Tuesday", "Sunday afternoon", "at 05:15
 * Moscow time on Sept. 12" (two days or two atoms of one kind never join). A lone "early" or "late" is no time.
 * Stateless.
 */
final class AdjacentTimes {
    private static final Pattern GAP = Pattern.compile("[\\s,]*(?:(?:on|of|at|in|the|в|во)\\s+){0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AdjacentTimes() {
    }

    /** Adjacent atoms of different kinds ("early on Tuesday", "Sunday afternoon") become one mention. */
    static List<TimeMention> group(String s, List<TimeAtoms.Atom> atoms, int base) {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            TimeAtoms.Atom first = atoms.get(i);
            List<TimeAtoms.Atom> g = new ArrayList<>(List.of(first));
            int j = i + 1;
            while (j < atoms.size()) {
                TimeAtoms.Atom next = atoms.get(j);
                TimeAtoms.Atom last = g.get(g.size() - 1);
                if (next.start() < last.end() || !GAP.matcher(s.substring(last.end(), next.start())).matches()
                        || g.stream().anyMatch(a -> clash(a.type(), next.type()))) {
                    break;
                }
                g.add(next);
                j++;
            }
            if (g.size() > 1 || !first.type().equals("part") || !first.m().what().matches("(?i)early|late")) {
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

    private static TimeMention combine(String s, List<TimeAtoms.Atom> g, int base) {
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
        for (TimeAtoms.Atom a : g) {
            TimeMention m = a.m();
            dayOfMonth = m.dayOfMonth() != null ? m.dayOfMonth() : dayOfMonth;
            hoursAgo = m.hoursAgo() != null ? m.hoursAgo() : hoursAgo;
            week = m.week() != null ? m.week() : week;
            if (m.date() != null) {
                date = m.date();
                yearGiven = m.yearGiven();
            }
            dow = m.weekday() != null ? m.weekday() : dow;
            rel = m.relativeDays() != null ? m.relativeDays() : rel;
            int r = switch (a.type()) {
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
        int start = g.get(0).start();
        int end = g.get(g.size() - 1).end();
        return new TimeMention(base + start, base + end, date, yearGiven, dow, rel, from, to, s.substring(start, end),
                zone, local, week, dayOfMonth, hoursAgo);
    }
}
