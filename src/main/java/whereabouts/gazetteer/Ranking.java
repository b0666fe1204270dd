package whereabouts.gazetteer;

import whereabouts.geo.LatLon;

/**
 * Scores candidates. A score is the match tier ({@link MatchType#base()}: exact 3, prefix 2, fuzzy 1) plus a part
 * in [0, 1) made of:
 * <ul>
 *   <li>{@value #OWN_NAME_BONUS} if the place's own name matched (an alternate-name match gets nothing) — this is
 *       what ranks Khasan, Russia (own name "Khasan", pop. 776) above Hassan, India (alternate name "Khasan",
 *       pop. 128,531);</li>
 *   <li>importance, up to {@value #MAX_POPULATION_IMPORTANCE} for population on a log scale (10 million and up
 *       get it all) plus a seat bonus: capital PPLC {@value #CAPITAL_BONUS}, first-order seat PPLA
 *       {@value #ADMIN1_SEAT_BONUS}, lower seats PPLA2–PPLA4 and PPLG {@value #LOWER_SEAT_BONUS};</li>
 *   <li>proximity to the optional focus point {@code near}: {@value #NEAR_WEIGHT} × exp(−d / {@value #NEAR_SCALE_KM} km),
 *       an exponential decay like the focus-point bias of Photon and Pelias (d on a sphere, see
 *       {@link #sphericalKm});</li>
 *   <li>{@value #SCRIPT_AFFINITY_BONUS} when the query is written in a script that the place's country writes its
 *       names in (Cyrillic: RU, UA, BY, KZ, KG, TJ, MN, BG, RS, MK, ME, BA; Hangul: KP, KR; Han: CN, TW, HK, MO,
 *       JP) — so "Хасан" finds Khasan, Russia rather than Hassan, India, whose alternate names include it too;</li>
 *   <li>{@value #AIRPORT_CODE_BONUS} when the query is an airport's IATA or ICAO code in capitals (see
 *       {@link #codeBonus});</li>
 *   <li>for prefix and fuzzy matches, minus the cost of the completion or of the edits (see {@link #score}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Ranking {
    static final double OWN_NAME_BONUS = 0.30;
    static final double MAX_POPULATION_IMPORTANCE = 0.25;
    static final double CAPITAL_BONUS = 0.05;
    static final double ADMIN1_SEAT_BONUS = 0.03;
    static final double LOWER_SEAT_BONUS = 0.015;
    static final double NEAR_WEIGHT = 0.40;
    static final double NEAR_SCALE_KM = 200.0;
    /** Per unit of weighted edit cost ({@link FuzzyWalk}): 0.5 for a letter left out, 0.75 for a wrong one. */
    static final double EDIT_UNIT_PENALTY = 0.25;
    /** A completion: a city's completion beats a village's one-letter typo, a village's does not. */
    static final double PREFIX_PENALTY = 0.55;
    static final double SCRIPT_AFFINITY_BONUS = 0.12;
    static final double AIRPORT_CODE_BONUS = 0.70;
    private static final java.util.Map<Character.UnicodeScript, java.util.Set<String>> SCRIPT_COUNTRIES = java.util.Map.of(
            Character.UnicodeScript.CYRILLIC, java.util.Set.of("RU", "UA", "BY", "KZ", "KG", "TJ", "MN", "BG", "RS",
                    "MK", "ME", "BA"),
            Character.UnicodeScript.HANGUL, java.util.Set.of("KP", "KR"),
            Character.UnicodeScript.HAN, java.util.Set.of("CN", "TW", "HK", "MO", "JP"));
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Ranking() {
    }

    /** Importance of a place in [0, 0.30]: population (log scale) plus a seat bonus. */
    static double importance(Place p) {
        double pop = MAX_POPULATION_IMPORTANCE * Math.min(1.0, Math.log10(1.0 + p.population()) / 7.0);
        return pop + seatBonus(p.featureCode());
    }

    private static double seatBonus(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> CAPITAL_BONUS;
            case "PPLA" -> ADMIN1_SEAT_BONUS;
            case "PPLA2", "PPLA3", "PPLA4", "PPLG" -> LOWER_SEAT_BONUS;
            default -> 0.0;
        };
    }

    /** The part of the score that depends only on the place and on which of its names matched. */
    static double staticScore(Place p, boolean ownName) {
        return importance(p) + (ownName ? OWN_NAME_BONUS : 0.0);
    }

    /**
     * {@value #AIRPORT_CODE_BONUS} when {@code query} is, letter for letter in capitals, the IATA (3 letters) or ICAO
     * (4) code of airport {@code p} (feature code AIRP) that matched: "VVO" is Vladivostok's airport before any
     * place named "Vvo"; "vvo" in lower case gets no bonus. 0 otherwise.
     */
    static double codeBonus(Place p, String matchedName, String query) {
        return isAirportCode(p, matchedName) && query.strip().equals(matchedName) ? AIRPORT_CODE_BONUS : 0.0;
    }

    /**
     * True when {@code matchedName} is an airport's code that the query does not write exactly (in capitals): such
     * a match is dropped, so that "the", "Han" or "Ufa" never find an airport by its code.
     */
    static boolean codeNotTyped(Place p, String matchedName, String query) {
        return isAirportCode(p, matchedName) && !query.strip().equals(matchedName);
    }

    /** True for airports (feature code AIRP), the only places whose names may be codes. */
    static boolean isAirport(Place p) {
        return "AIRP".equals(p.featureCode());
    }

    private static boolean isAirportCode(Place p, String name) {
        return "AIRP".equals(p.featureCode()) && name.length() <= 4 && name.matches("[A-Z0-9]{3,4}");
    }

    /** Proximity bonus in [0, {@value #NEAR_WEIGHT}]; 0 without a focus point. */
    static double nearBonus(LatLon place, LatLon near) {
        if (near == null) {
            return 0.0;
        }
        return NEAR_WEIGHT * Math.exp(-sphericalKm(place, near) / NEAR_SCALE_KM);
    }

    /** Countries that write place names in the script of the query's first letter; empty for Latin and others. */
    static java.util.Set<String> countriesWritingIn(String query) {
        for (int i = 0; i < query.length(); ) {
            int cp = query.codePointAt(i);
            if (Character.isLetter(cp)) {
                return SCRIPT_COUNTRIES.getOrDefault(Character.UnicodeScript.of(cp), java.util.Set.of());
            }
            i += Character.charCount(cp);
        }
        return java.util.Set.of();
    }

    /** {@value #SCRIPT_AFFINITY_BONUS} when the place's country writes in the query's script, else 0. */
    static double scriptBonus(String countryCode, java.util.Set<String> scriptCountries) {
        return scriptCountries.contains(countryCode) ? SCRIPT_AFFINITY_BONUS : 0.0;
    }

    /**
     * Final score. Exact: 3 plus the within part clamped to [0, 0.999]. Prefix and fuzzy compete in one tier,
     * like the candidates of a noisy-channel speller: 2 plus the within part less the cost of what the query left out
     * ({@value #PREFIX_PENALTY} for a completion) or got wrong ({@value #EDIT_UNIT_PENALTY} per unit of weighted
     * edit cost, {@link FuzzyWalk}: 2 units for a letter left out or two swapped, 3 for a wrong or extra letter),
     * clamped to [-0.999, 0.999].
     */
    static double score(MatchType type, double staticScore, double nearBonus, int costUnits) {
        double within = staticScore + nearBonus;
        return switch (type) {
            case EXACT -> 3.0 + Math.max(0.0, Math.min(0.999, within));
            case PREFIX -> 2.0 + Math.max(-0.999, Math.min(0.999, within - PREFIX_PENALTY));
            case FUZZY -> 2.0 + Math.max(-0.999, Math.min(0.999, within - EDIT_UNIT_PENALTY * costUnits));
        };
    }

    /**
     * Great-circle distance on a sphere of mean Earth radius, kilometres (haversine). Off the WGS84 geodesic by at
     * most about 0.5 %, which is plenty for ranking and for choosing the nearest place, and some 50 times cheaper
     * than {@link whereabouts.geo.Geodesy}; reported distances use Geodesy.
     */
    static double sphericalKm(LatLon a, LatLon b) {
        return sphericalKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    static double sphericalKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
