package whereabouts.network.osm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import whereabouts.osm.OsmTags;

/** What the rail import reads from OSM tags, and how leniently. */
final class RailwayTags {
    /** {@code railway=*} values that are running track. */
    static final Set<String> TRACK = Set.of("rail", "narrow_gauge", "light_rail");
    /** {@code railway=*} values that are stops. */
    static final Set<String> STOPS = Set.of("station", "halt");
    /** Lifecycle keys: present with any value but "no", the feature is not in service. */
    static final List<String> LIFECYCLE = List.of("abandoned", "disused", "razed", "demolished", "removed",
            "construction", "proposed");
    private static final double KM_PER_MILE = 1.609344;

    private RailwayTags() {
    }

    static boolean isTrack(OsmTags tags) {
        String railway = tags.get("railway");
        return railway != null && TRACK.contains(railway) && inService(tags);
    }

    static boolean isStop(OsmTags tags) {
        String railway = tags.get("railway");
        return railway != null && STOPS.contains(railway) && !"subway".equals(tags.get("station"))
                && inService(tags);
    }

    private static boolean inService(OsmTags tags) {
        for (String key : LIFECYCLE) {
            String v = tags.get(key);
            if (v != null && !v.equalsIgnoreCase("no")) {
                return false;
            }
            if (tags.get(key + ":railway") != null) {
                return false;
            }
        }
        return true;
    }

    /** Every {@code name:xx} tag as language → name (plain {@code name} is not repeated here). */
    static Map<String, String> names(OsmTags tags) {
        Map<String, String> out = new LinkedHashMap<>();
        tags.forEach((k, v) -> {
            if (k.startsWith("name:") && k.length() > 5 && !v.isBlank()) {
                out.put(k.substring(5), v.strip());
            }
        });
        return out;
    }

    /** The name to show: {@code name}, else {@code name:en}, else any other name, else null. */
    static String displayName(OsmTags tags, Map<String, String> names) {
        String n = tags.get("name");
        if (n != null && !n.isBlank()) {
            return n.strip();
        }
        if (names.containsKey("en")) {
            return names.get("en");
        }
        return names.isEmpty() ? null : names.values().iterator().next();
    }

    /** The km post of an element: {@code railway:position:exact} if readable, else {@code railway:position}. */
    static double km(OsmTags tags) {
        double exact = parseKm(tags.get("railway:position:exact"));
        return Double.isNaN(exact) ? parseKm(tags.get("railway:position")) : exact;
    }

    /**
     * A km post written the ways OSM mappers write it: {@code 123.4}, {@code 123,4}, {@code pkm:123.4},
     * {@code km:123.4}, {@code 123+456} (km + metres), {@code mi:12.5} (miles). NaN when none of these.
     */
    static double parseKm(String raw) {
        if (raw == null) {
            return Double.NaN;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int semi = s.indexOf(';');
        if (semi >= 0) {
            s = s.substring(0, semi).strip();
        }
        double factor = 1.0;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            String unit = s.substring(0, colon).strip();
            factor = unit.equals("mi") ? KM_PER_MILE : 1.0;
            s = s.substring(colon + 1).strip();
        }
        if (s.endsWith("km")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        s = s.replace(',', '.').replace(" ", "");
        try {
            int plus = s.indexOf('+', 1);
            double km = plus > 0
                    ? Double.parseDouble(s.substring(0, plus)) + Double.parseDouble(s.substring(plus + 1)) / 1000.0
                    : Double.parseDouble(s);
            return Double.isFinite(km) ? km * factor : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The first gauge in millimetres ({@code 1520}, {@code 1435;1520}), or null when not a number. */
    static Integer gaugeMm(String raw) {
        if (raw == null) {
            return null;
        }
        String first = raw.split(";", 2)[0].strip();
        try {
            int mm = Integer.parseInt(first);
            return mm > 0 ? mm : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
