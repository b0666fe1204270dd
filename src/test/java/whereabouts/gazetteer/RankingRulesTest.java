package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;

/** Ranking rules on a tiny hand-made fixture, independent of the shipped data. */
class RankingRulesTest {
    private static Place place(long id, String name, List<String> alternates, long population, String featureCode,
                               LatLon at) {
        return new Place(id, name, at, featureCode, "XX", "", population, "UTC", alternates, Place.GEONAMES);
    }

    private final Place smallOwn = place(1, "Norton", List.of(), 500, "PPL", new LatLon(10, 10));
    private final Place bigAlt = place(2, "Great City", List.of("Norton"), 5_000_000, "PPL", new LatLon(-10, -10));
    private final Place prefixed = place(3, "Nortonville", List.of(), 9_000_000, "PPLC", new LatLon(0, 0));
    private final Place typo = place(4, "Nortin", List.of(), 9_000_000, "PPLA", new LatLon(0, 1));
    private final Gazetteer g = Gazetteer.of(List.of(smallOwn, bigAlt, prefixed, typo));

    @Test
    void ownNameBeatsAlternateNameOfABiggerPlace() {
        List<Candidate> found = g.search(GeocodeQuery.of("norton"));
        assertThat(found).extracting(c -> c.place().geonameId()).containsExactly(1L, 2L, 3L);
        assertThat(found).extracting(Candidate::matchType)
                .containsExactly(MatchType.EXACT, MatchType.EXACT, MatchType.PREFIX);
    }

    @Test
    void focusPointCanLiftAnAlternateNameMatchButNotAcrossTiers() {
        List<Candidate> found = g.search(GeocodeQuery.of("Norton").near(new LatLon(-10, -10)));
        assertThat(found).extracting(c -> c.place().geonameId()).startsWith(2L, 1L);
        assertThat(found.get(2).matchType()).isEqualTo(MatchType.PREFIX);
    }

    @Test
    void fuzzyIsTheFallbackWhenNothingMatchesExactlyOrAsAPrefix() {
        assertThat(g.search(GeocodeQuery.of("Norton"))).extracting(Candidate::matchType).doesNotContain(MatchType.FUZZY);
        List<Candidate> typo = g.search(GeocodeQuery.of("Nortan"));
        // one edit from Norton (own name of 1, alternate of 2) and from Nortin (own name of the big place 4)
        assertThat(typo).extracting(c -> c.place().geonameId()).containsExactly(4L, 1L, 2L);
        assertThat(typo).extracting(Candidate::matchType).containsOnly(MatchType.FUZZY);
    }

    @Test
    void transpositionCountsAsOneEdit() {
        Candidate c = g.search(GeocodeQuery.of("Nrotonville")).get(0);
        assertThat(c.place().geonameId()).isEqualTo(3L);
        assertThat(c.edits()).isEqualTo(1);
    }
}
