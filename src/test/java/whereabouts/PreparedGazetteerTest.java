package whereabouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GazetteerFile;
import whereabouts.gazetteer.GeocodeQuery;
import whereabouts.gazetteer.Place;
import whereabouts.geo.LatLon;

/**
 * The gazetteer prepared at build time (process-classes, {@link PrepareGeodata}) answers exactly as the one built
 * in memory from the TSV files that it replaces: same places, same candidates with the same scores, for exact,
 * prefix and fuzzy queries with and without a focus point, and the same reverse look-ups.
 */
class PreparedGazetteerTest {
    private static Gazetteer built;
    private static Gazetteer prepared;

    @BeforeAll
    static void load() {
        built = Geodata.buildShippedGazetteer();
        InputStream in = Geodata.class.getResourceAsStream(Geodata.PREPARED_GAZETTEER);
        assertThat(in).as("the build step wrote " + Geodata.PREPARED_GAZETTEER).isNotNull();
        prepared = GazetteerFile.read(in);
    }

    @Test
    void samePlacesInTheSameOrder() {
        assertThat(prepared.size()).isEqualTo(built.size()).isGreaterThan(50_000);
        assertThat(prepared.places()).isEqualTo(built.places());
        assertThat(prepared.stats()).isEqualTo(built.stats());
    }

    @Test
    void sameCandidatesForThousandsOfQueries() {
        List<String> queries = new ArrayList<>(List.of("Khasan", "Хасан", "평양", "Vladiv", "Wladiwostok", "Ussuriisk",
                "s", "Tumangang", "Artem"));
        List<Place> places = built.places();
        for (int i = 0; i < places.size(); i += 100) {
            String name = places.get(i).nameAt(i % places.get(i).nameCount());
            queries.add(name);
            queries.add(name.substring(0, Math.min(name.length(), 4))); // a prefix
            if (name.length() > 4) { // a typo: two letters swapped
                queries.add(name.charAt(0) + name.substring(2, 3) + name.charAt(1) + name.substring(3));
            }
        }
        assertThat(queries).hasSizeGreaterThan(1_500);
        LatLon near = new LatLon(43.1, 131.9);
        for (String q : queries) {
            assertThat(ids(prepared.search(GeocodeQuery.of(q)))).as(q).isEqualTo(ids(built.search(GeocodeQuery.of(q))));
            assertThat(ids(prepared.search(GeocodeQuery.of(q).near(near)))).as(q + " near")
                    .isEqualTo(ids(built.search(GeocodeQuery.of(q).near(near))));
            assertThat(ids(prepared.exactMatches(q, null))).as(q + " exact")
                    .isEqualTo(ids(built.exactMatches(q, null)));
        }
    }

    @Test
    void sameReverseLookups() {
        for (double lat = -60; lat <= 70; lat += 2.5) {
            for (double lon = -180; lon < 180; lon += 7.5) {
                LatLon p = new LatLon(lat, lon);
                assertThat(prepared.reverse(p, 300)).as(p.toString()).isEqualTo(built.reverse(p, 300));
            }
        }
    }

    @Test
    void aWrittenFixtureReadsBackTheSame() {
        Gazetteer small = Gazetteer.of(List.of(
                new Place(1, "Khasan", new LatLon(42.42387, 130.65156), "PPL", "RU", "59", 776, "Asia/Vladivostok",
                        List.of("Хасан"), Place.GEONAMES),
                new Place(-1, "Tumangang", new LatLon(42.4214, 130.6081), "RSTN", "KP", "", 0, "Asia/Pyongyang",
                        List.of("두만강", "Туманган"), "Hongui Line route diagram")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerFile.write(small, out);
        Gazetteer back = GazetteerFile.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.places()).isEqualTo(small.places());
        assertThat(ids(back.search(GeocodeQuery.of("Tumangan")))).isEqualTo(ids(small.search(GeocodeQuery.of("Tumangan"))))
                .isNotEmpty();
    }

    @Test
    void aFileThatIsNotAPreparedGazetteerIsRefused() {
        assertThatThrownBy(() -> GazetteerFile.read(new ByteArrayInputStream("id\tname\n".getBytes())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a prepared gazetteer");
    }

    /** What a candidate list says, comparable across two gazetteers: place id, name matched, type, edits, score. */
    private static List<String> ids(List<Candidate> found) {
        return found.stream().map(c -> c.place().geonameId() + " " + c.matchedName() + " " + c.matchType() + " "
                + c.edits() + " " + c.score()).toList();
    }
}
