package whereabouts.service;

import java.util.List;
import java.util.Optional;
import whereabouts.error.InvalidInputException;
import whereabouts.error.UnresolvedPlaceException;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.MatchType;
import whereabouts.gazetteer.Place;
import whereabouts.geo.CoordinateParser;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * Turns what a user typed for a location ("Khasan", "Хасан", "42.42,130.65", "42°25'N 130°39'E") into one
 * position, or explains why it cannot. A name resolves to its best gazetteer candidate when that choice is
 * clear; otherwise the caller gets a 422 with the candidates to pick from:
 * <ul>
 *   <li>{@code unknown_place}: nothing matches, or only typo-tolerant (fuzzy) matches do ("did you mean …");</li>
 *   <li>{@code ambiguous_place}: the two best exact/prefix matches score within {@value #AMBIGUITY_MARGIN} of
 *       each other and lie more than {@value #SAME_PLACE_KM} km apart.</li>
 * </ul>
 */
public final class PlaceLookup {
    /** Score margin (see the gazetteer's Ranking: tiers are 1 apart) under which two candidates are a tie. */
    static final double AMBIGUITY_MARGIN = 0.03;
    /** Candidates closer than this are the same place for our purposes (a town and its station), km. */
    static final double SAME_PLACE_KM = 25;
    private static final int CANDIDATES = 5;

    private final Gazetteer gazetteer;

    public PlaceLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A resolved location: the position, and the gazetteer place when it came from a name. */
    public record Located(String query, LatLon position, Place place) {
    }

    /**
     * @param text  what the user typed
     * @param field the input field, for error messages
     * @param near  bias toward this point, or null
     */
    public Located locate(String text, String field, LatLon near) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("missing_field", field, field + " is required: a place name or lat,lon.");
        }
        Optional<LatLon> coords;
        try {
            coords = CoordinateParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " looks like coordinates but is not valid: "
                    + e.getMessage() + ". Write lat,lon in degrees, e.g. 42.4239,130.6516.");
        }
        if (coords.isPresent()) {
            return new Located(text, coords.get(), null);
        }
        Place place = resolveName(text, field, near);
        return new Located(text, place.location(), place);
    }

    /** The best candidate for a name, also a misspelt or ambiguous one ("Vladivostock" → Vladivostok), if any. */
    public java.util.Optional<Place> bestGuess(String name, LatLon near) {
        List<Candidate> found = gazetteer.search(queryFor(name, "place", near));
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0).place());
    }

    /** The one place a name stands for, or a 422 with candidates. */
    public Place resolveName(String name, String field, LatLon near) {
        GeocodeQuery q = queryFor(name, field, near);
        List<Candidate> found = gazetteer.search(q);
        if (found.isEmpty()) {
            throw new UnresolvedPlaceException("unknown_place", field, "No place called '" + name
                    + "' is known. Check the spelling, or give coordinates as lat,lon.", List.of());
        }
        Candidate best = found.get(0);
        if (best.matchType() == MatchType.FUZZY) {
            throw new UnresolvedPlaceException("unknown_place", field, "No place called '" + name
                    + "' is known. Did you mean " + best.place().name() + "?", views(found));
        }
        if (found.size() > 1) {
            Candidate second = found.get(1);
            boolean tie = second.matchType() == best.matchType() && best.score() - second.score() < AMBIGUITY_MARGIN;
            boolean apart = Geodesy.distanceMeters(best.place().location(), second.place().location())
                    > SAME_PLACE_KM * 1000;
            if (tie && apart) {
                throw new UnresolvedPlaceException("ambiguous_place", field, "'" + name + "' could be "
                        + describe(best.place()) + " or " + describe(second.place())
                        + ". Pick one, or give coordinates.", views(found));
            }
        }
        return best.place();
    }

    /** "Springfield, US (39.80, -89.64)": the position tells same-named places apart in any country. */
    private static String describe(Place p) {
        return String.format(java.util.Locale.ROOT, "%s, %s (%.2f, %.2f)", p.name(), p.countryCode(),
                p.location().lat(), p.location().lon());
    }

    private static GeocodeQuery queryFor(String name, String field, LatLon near) {
        GeocodeQuery.checkText(name, field);
        GeocodeQuery q = GeocodeQuery.of(name).withLimit(CANDIDATES);
        return near == null ? q : q.near(near);
    }

    private static List<CandidateView> views(List<Candidate> found) {
        return found.stream().map(CandidateView::of).toList();
    }
}
