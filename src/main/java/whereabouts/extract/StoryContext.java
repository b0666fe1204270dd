package whereabouts.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.Place;
import whereabouts.geo.LatLon;

/**
 * What a story says about where it happens, for ranking same-name places the way geoparsers do (Mordecai's and
 * CLIFF-CLAVIN's country focus, the Edinburgh Geoparser's proximity to the other places of the document): the
 * dateline's place, the countries the text names (names and demonyms), the places it names that have one clear
 * reading, the track's last known position ({@code near}) and the kind of facility its vehicles use. Built once per
 * text; immutable after {@link #anchor}s are added by the first pass.
 */
final class StoryContext {
    final LatLon near;
    final Dateline dateline;
    final Set<String> countries;
    final String modeFeature;
    private final List<LatLon> anchors = new ArrayList<>();
    private final List<String> anchorNames = new ArrayList<>();

    StoryContext(String text, LatLon near, Gazetteer gazetteer) {
        this.near = near;
        this.dateline = Dateline.of(text);
        this.countries = new HashSet<>(Countries.codesIn(text));
        this.modeFeature = MovementWords.modeFeature(text);
        if (near != null) {
            anchors.add(near);
            anchorNames.add("the track's last position");
        }
        if (dateline.place() != null) {
            List<Candidate> c = gazetteer.exactMatches(dateline.place(), near);
            if (!c.isEmpty()) {
                Place p = c.get(0).place();
                anchors.add(p.location());
                anchorNames.add("the dateline " + p.name());
                countries.add(p.countryCode());
            }
        }
    }

    /** At most this many distinct anchors are kept (the first in text order): ranking costs O(candidates × anchors). */
    static final int MAX_ANCHORS = 64;
    private final Set<Long> anchored = new HashSet<>();

    void anchor(Place p) {
        long key = p.geonameId() != 0 ? p.geonameId() : Double.doubleToLongBits(p.location().lat() * 31 + p.location().lon());
        if (anchors.size() >= MAX_ANCHORS || !anchored.add(key)) {
            return;
        }
        anchors.add(p.location());
        anchorNames.add(p.name());
    }

    List<LatLon> anchors() {
        return anchors;
    }

    /** Smallest distance from {@code p} to an anchor other than {@code p} itself, km; infinite without one. */
    double nearestAnchorKm(Place p) {
        double best = Double.POSITIVE_INFINITY;
        for (LatLon a : anchors) {
            double d = PlaceRanker.km(a, p.location());
            if (d > 1) {
                best = Math.min(best, d);
            }
        }
        return best;
    }

    boolean hasOtherAnchors(Place p) {
        return anchors.stream().anyMatch(a -> PlaceRanker.km(a, p.location()) > 1);
    }
}
