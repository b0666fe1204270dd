package whereabouts.service;

import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Place;

/**
 * The public shape of a gazetteer candidate: the properties of a geocoding result, and the entries of a 422's
 * {@code candidates}.
 *
 * @param label human label, e.g. "Khasan, RU"
 */
public record CandidateView(long geonameId, String name, String matchedName, String matchType, boolean alternateName,
                            String country, long population, String featureCode, String timezone, double score,
                            double lat, double lon, String label) {
    public static CandidateView of(Candidate c) {
        Place p = c.place();
        return new CandidateView(p.geonameId(), p.name(), c.matchedName(), c.matchType().wireName(),
                c.alternateName(), p.countryCode(), p.population(), p.featureCode(), emptyToNull(p.timezone()),
                Math.round(c.score() * 1000) / 1000.0, p.location().lat(), p.location().lon(),
                p.name() + (p.countryCode().isEmpty() ? "" : ", " + p.countryCode()));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
