package whereabouts.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.LonLatBox;

/**
 * Which settlements of the gazetteer to label on a map at a given zoom, best first, and their names in a chosen
 * script. Capitals and large cities show from low zooms, smaller places as the user zooms in ({@link #minZoom});
 * within a view, places are ranked by feature class and population ({@link #importance}). Overlaps are left to the
 * client, which knows the rendered size of each label and drops the less important of two overlapping ones.
 * Immutable and thread-safe.
 */
public final class PlaceLabels {
    /** From this zoom on every settlement of the gazetteer may be labelled. */
    public static final int ALL_PLACES_ZOOM = 9;

    /** A place to label: its name in the asked script ({@code fallback} when that script had none). */
    public record Label(Place place, String text, LabelScript script, boolean fallback, int minZoom) {
    }

    private final List<Place> ranked;
    private final int[] minZooms;
    private final Map<LabelScript, String[]> names = new EnumMap<>(LabelScript.class);

    public PlaceLabels(List<Place> places) {
        this.ranked = places.stream().filter(Place::isSettlement)
                .sorted(Comparator.comparingDouble(PlaceLabels::importance).reversed()
                        .thenComparingLong(Place::geonameId))
                .toList();
        this.minZooms = ranked.stream().mapToInt(PlaceLabels::minZoom).toArray();
        for (LabelScript script : LabelScript.values()) {
            names.put(script, new String[ranked.size()]);
        }
        for (int i = 0; i < ranked.size(); i++) { // place by place: its alternate names decoded once (PooledNames)
            Place p = ranked.get(i);
            Place decoded = p.alternateNames().isEmpty() ? p : new Place(p.geonameId(), p.name(), p.location(),
                    p.featureCode(), p.countryCode(), p.admin1(), p.population(), p.timezone(),
                    List.copyOf(p.alternateNames()), p.source());
            for (LabelScript script : LabelScript.values()) {
                names.get(script)[i] = nameIn(decoded, script);
            }
        }
    }

    /** Number of settlements that can be labelled. */
    public int size() {
        return ranked.size();
    }

    /**
     * The labels for a view: settlements inside {@code box} that show at {@code zoom}, most important first,
     * at most {@code limit}.
     */
    public List<Label> within(LonLatBox box, int zoom, LabelScript script, int limit) {
        List<Label> out = new ArrayList<>();
        String[] column = names.get(script);
        for (int i = 0; i < ranked.size() && out.size() < limit; i++) {
            Place p = ranked.get(i);
            if (minZooms[i] > zoom || !box.contains(p.location())) {
                continue;
            }
            String text = column[i];
            boolean fallback = text == null;
            out.add(new Label(p, fallback ? p.name() : text, fallback ? LabelScript.LATIN : script, fallback,
                    minZooms[i]));
        }
        return out;
    }

    /** Ranking within a view: capitals first, then seats of first-level divisions, then by population. */
    static double importance(Place p) {
        double rank = Math.log10(1.0 + p.population());
        if (p.featureCode().equals("PPLC")) {
            rank += 3;
        } else if (p.featureCode().equals("PPLA")) {
            rank += 0.7;
        }
        return rank;
    }

    /** The lowest zoom (Web Mercator levels) at which a place is labelled. */
    static int minZoom(Place p) {
        long pop = p.population();
        int byPopulation;
        if (pop >= 3_000_000) {
            byPopulation = 3;
        } else if (pop >= 1_000_000) {
            byPopulation = 4;
        } else if (pop >= 250_000) {
            byPopulation = 5;
        } else if (pop >= 80_000) {
            byPopulation = 6;
        } else if (pop >= 20_000) {
            byPopulation = 7;
        } else if (pop >= 5_000) {
            byPopulation = 8;
        } else {
            byPopulation = ALL_PLACES_ZOOM;
        }
        return switch (p.featureCode()) {
            case "PPLC" -> 3;
            case "PPLA" -> Math.min(byPopulation, 5);
            default -> byPopulation;
        };
    }

    /**
     * The place's name in {@code script}, or null when it has none. Latin: its own name. Otherwise among its
     * alternate names in that script, one that is the start of another (평양 of 평양시, 平壤 of 平壤市: the short
     * form of the name) wins; else the first listed.
     */
    static String nameIn(Place p, LabelScript script) {
        if (script == LabelScript.LATIN) {
            return p.name();
        }
        List<String> inScript = p.alternateNames().stream().filter(script::writes).toList();
        for (String candidate : inScript) {
            for (String other : inScript) {
                if (other.length() > candidate.length() && other.startsWith(candidate)) {
                    return candidate;
                }
            }
        }
        return inScript.isEmpty() ? null : withoutCityWord(inScript.get(0), script);
    }

    /** "하얼빈 시" → "하얼빈": GeoNames often lists foreign cities in Hangul only with the word for city apart. */
    private static String withoutCityWord(String name, LabelScript script) {
        return script == LabelScript.KOREAN && name.endsWith(" 시") && name.length() > 3
                ? name.substring(0, name.length() - 2) : name;
    }
}
