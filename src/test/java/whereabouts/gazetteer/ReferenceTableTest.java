package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * Reference table {@code src/test/resources/gazetteer/reference-queries.tsv}: queries in several scripts and
 * romanizations, with the expected position taken from GeoNames (id in the source column) or from the published
 * source of a supplement place. The best candidate must lie within the tolerance.
 */
class ReferenceTableTest {
    @ParameterizedTest(name = "{0} -> {1},{2} ({4})")
    @CsvFileSource(resources = "/gazetteer/reference-queries.tsv", delimiter = '\t', numLinesToSkip = 1)
    void bestCandidateIsTheExpectedPlace(String query, double lat, double lon, double toleranceKm, String source) {
        List<Candidate> found = ShippedGazetteer.get().search(GeocodeQuery.of(query));

        assertThat(found).as("candidates for %s", query).isNotEmpty();
        Candidate best = found.get(0);
        double km = Geodesy.distanceMeters(new LatLon(lat, lon), best.place().location()) / 1000;
        assertThat(km).as("%s resolved to %s (%s) at %s", query, best.place().name(), best.matchedName(),
                best.place().location()).isLessThanOrEqualTo(toleranceKm);
    }
}
