package whereabouts.extract;

import java.util.List;
import java.util.Locale;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.MatchType;
import whereabouts.gazetteer.Place;
import whereabouts.geo.LatLon;

/**
 * Chooses among same-name places by the story, as geoparsers do: the gazetteer's own ranking (own name, importance,
 * script) plus
 * <ul>
 *   <li>{@value #COUNTRY_BONUS} when the place lies in a country the story names (or its dateline's);</li>
 *   <li>up to {@value #ANCHOR_WEIGHT} for being near the story's other places, its dateline and the track's last
 *       position: {@value #ANCHOR_WEIGHT} × exp(−d / {@value #ANCHOR_SCALE_KM} km) for the nearest;</li>
 *   <li>{@value #FEATURE_BONUS} when its feature class is the one the words ask for ("port of" → PRT, "airport" →
 *       AIRP, "station" → RSTN), {@value #MODE_BONUS} when it is the class of the story's vehicles.</li>
 * </ul>
 * A facility word after a settlement ("Khabarovsk airport") takes the nearest place of that class within
 * {@link FacilityWords#radiusKm} of it when the gazetteer has one, else the settlement. A place more than
 * {@value #FAR_KM} km from every other place of the story, with only weak evidence (one word, fewer than
 * {@value #STRONG_POPULATION} people, no seat, its country not named), is kept but {@code unverified}, with the
 * reason. Stateless.
 */
final class PlaceRanker {
    static final double COUNTRY_BONUS = 0.4;
    static final double ANCHOR_WEIGHT = 0.45;
    static final double ANCHOR_SCALE_KM = 400;
    static final double FEATURE_BONUS = 0.5;
    static final double MODE_BONUS = 0.2;
    static final double FAR_KM = 2000;
    static final long STRONG_POPULATION = 500_000;

    private PlaceRanker() {
    }

    /** The best of {@code found} in this story, asking for {@code feature} (null: any). */
    static Candidate choose(List<Candidate> found, String feature, StoryContext ctx) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : found) {
            double s = score(c, feature, ctx);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    static double score(Candidate c, String feature, StoryContext ctx) {
        Place p = c.place();
        double s = c.score();
        if (ctx.countries.contains(p.countryCode())) {
            s += COUNTRY_BONUS;
        }
        double d = nearestKm(p.location(), ctx.anchors());
        if (d < Double.POSITIVE_INFINITY) {
            s += ANCHOR_WEIGHT * Math.exp(-d / ANCHOR_SCALE_KM);
        }
        if (feature != null && feature.equals(p.featureCode())) {
            s += FEATURE_BONUS;
        } else if (feature == null && ctx.modeFeature != null && ctx.modeFeature.equals(p.featureCode())) {
            s += MODE_BONUS;
        }
        return s;
    }

    /**
     * The facility of class {@code feature} that serves {@code chosen}: itself when it is of that class, else the
     * nearest such place within {@link FacilityWords#radiusKm}, else null.
     */
    static Candidate facility(Candidate chosen, String feature, Gazetteer gazetteer) {
        if (feature == null || feature.equals(chosen.place().featureCode())) {
            return chosen;
        }
        if (!chosen.place().isSettlement()) {
            return null;
        }
        String own = whereabouts.gazetteer.NameFolder.fold(chosen.place().name());
        String matched = whereabouts.gazetteer.NameFolder.fold(chosen.matchedName());
        List<Place> near = gazetteer.within(chosen.place().location(), FacilityWords.radiusKm(feature),
                p -> feature.equals(p.featureCode()) && servedBy(p, own, matched));
        return near.isEmpty() ? null : new Candidate(near.get(0), chosen.score(), near.get(0).name(), MatchType.EXACT, false, 0);
    }

    /** A facility named after the settlement ("Khabarovsk Airport", "Port of Vladivostok", "аэропорт Пхеньяна"). */
    private static boolean servedBy(Place facility, String own, String matched) {
        for (int i = 0; i < facility.nameCount(); i++) {
            String n = whereabouts.gazetteer.NameFolder.fold(facility.nameAt(i));
            if (n.contains(own) || (matched.length() >= 3 && n.contains(matched))
                    || (matched.length() >= 5 && n.contains(matched.substring(0, matched.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Why {@code c} should stay unverified, or null: far from the story's other places with weak evidence. */
    static String farReason(Candidate c, String name, StoryContext ctx) {
        Place p = c.place();
        if (!ctx.hasOtherAnchors(p)) {
            return null;
        }
        double d = ctx.nearestAnchorKm(p);
        boolean strong = name.contains(" ") || p.population() >= STRONG_POPULATION || p.featureCode().equals("PPLC")
                || ctx.countries.contains(p.countryCode()) || !p.isSettlement();
        if (d <= FAR_KM || strong) {
            return null;
        }
        return String.format(Locale.ROOT, "%s (%s) is %.0f km from every other place the story names: unverified.",
                p.name(), p.countryCode(), d);
    }

    /**
     * The distance from {@code p} to the nearest of {@code anchors}, km (infinite when there are none): the haversine
     * term is monotonic in the distance, so only the nearest one pays for the arc sine.
     */
    static double nearestKm(LatLon p, List<LatLon> anchors) {
        double best = Double.POSITIVE_INFINITY;
        double p2 = Math.toRadians(p.lat());
        double cos2 = Math.cos(p2);
        for (LatLon a : anchors) {
            double p1 = Math.toRadians(a.lat());
            double sp = Math.sin((p2 - p1) / 2);
            double sl = Math.sin(Math.toRadians(p.lon() - a.lon()) / 2);
            best = Math.min(best, sp * sp + Math.cos(p1) * cos2 * sl * sl);
        }
        return best == Double.POSITIVE_INFINITY ? best : 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(best)));
    }

    static double km(LatLon a, LatLon b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
