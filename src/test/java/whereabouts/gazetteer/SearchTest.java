package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import whereabouts.geo.LatLon;

/** Forward search over the shipped data: typos, autocomplete, focus point, country filter, the supplement. */
class SearchTest {
    private static final long KHASAN_RU = 2022586;
    private static final long HASSAN_IN = 1270239;
    private static final long RAJIN = 2042645;
    private static final LatLon VLADIVOSTOK = new LatLon(43.10562, 131.87353);
    private static final LatLon HASSAN_INDIA = new LatLon(13.00715, 76.0962);

    private static List<Candidate> search(GeocodeQuery q) {
        return ShippedGazetteer.get().search(q);
    }

    private static Candidate best(String text) {
        List<Candidate> found = search(GeocodeQuery.of(text));
        assertThat(found).as("candidates for %s", text).isNotEmpty();
        return found.get(0);
    }

    @Nested
    class TheKhasanTrap {
        @Test
        void khasanWithoutBiasIsTheRussianBorderSettlementBecauseItIsItsOwnName() {
            Candidate c = best("Khasan");
            assertThat(c.place().geonameId()).isEqualTo(KHASAN_RU);
            assertThat(c.alternateName()).isFalse();
            assertThat(c.matchType()).isEqualTo(MatchType.EXACT);
        }

        @Test
        void hassanIndiaStillAppearsButLower() {
            List<Long> ids = search(GeocodeQuery.of("Khasan")).stream().map(c -> c.place().geonameId()).toList();
            assertThat(ids).contains(HASSAN_IN);
            assertThat(ids.indexOf(KHASAN_RU)).isLessThan(ids.indexOf(HASSAN_IN));
        }

        @Test
        void cyrillicKhasanIsAnAlternateNameOfBothSoTheScriptDecides() {
            // Both carry "Хасан" as an alternate name; a Cyrillic query prefers places in Cyrillic-writing countries.
            assertThat(best("Хасан").place().geonameId()).isEqualTo(KHASAN_RU);
            Candidate near = search(GeocodeQuery.of("Хасан").near(VLADIVOSTOK)).get(0);
            assertThat(near.place().countryCode()).isEqualTo("RU");
            assertThat(near.place().location().lat()).isBetween(42.4, 42.45);
        }

        @Test
        void aFocusPointInIndiaTurnsCyrillicKhasanToHassan() {
            assertThat(search(GeocodeQuery.of("Хасан").near(HASSAN_INDIA)).get(0).place().geonameId())
                    .isEqualTo(HASSAN_IN);
        }

        @Test
        void aFocusPointInIndiaTurnsKhasanToHassan() {
            assertThat(search(GeocodeQuery.of("Khasan").near(HASSAN_INDIA)).get(0).place().geonameId())
                    .isEqualTo(HASSAN_IN);
        }

        @Test
        void countryFilterKeepsOnlyThatCountry() {
            List<Candidate> inIndia = search(GeocodeQuery.of("Khasan").inCountry("in"));
            assertThat(inIndia).isNotEmpty().allSatisfy(c -> assertThat(c.place().countryCode()).isEqualTo("IN"));
            assertThat(inIndia.get(0).place().geonameId()).isEqualTo(HASSAN_IN);
        }
    }

    @Test
    void focusPointReordersPlacesSharingAName() {
        // "Uglegorsk" is the own name of a Sakhalin town and a former name of Tsiolkovsky (Amur oblast).
        assertThat(best("Uglegorsk").place().name()).isEqualTo("Uglegorsk");
        LatLon nearVostochny = new LatLon(51.8, 128.2);
        assertThat(search(GeocodeQuery.of("Uglegorsk").near(nearVostochny)).get(0).place().name())
                .isEqualTo("Tsiolkovskiy");
    }

    @ParameterizedTest(name = "typo {0} -> {1}")
    @CsvSource({
        "Vladivostock, Vladivostok",
        "Vladivostok, Vladivostok",
        "Khabarovks, Khabarovsk",
        "Khabarvosk, Khabarovsk",
        "Ussuriisk, Ussuriysk",
        "Pyongyagn, Pyongyang",
        "Pyonyang, Pyongyang",
        "Blagoveschensk, Blagoveshchensk",
        "Birobidjan, Birobidzhan",
        "Хабаровкс, Khabarovsk",
        "Wladiwostok, Vladivostok",   // typos in the first letter are found by the second, wider walk
        "Ghabarovsk, Khabarovsk",
    })
    void toleratesTypos(String typo, String expected) {
        assertThat(best(typo).place().name()).isEqualTo(expected);
    }

    @Test
    void aTypoIsReportedAsFuzzyWithItsEditCount() {
        Candidate c = best("Vladivostock");
        assertThat(c.matchType()).isEqualTo(MatchType.FUZZY);
        assertThat(c.edits()).isEqualTo(1);
        assertThat(c.matchedName()).isEqualTo("Vladivostok");
    }

    @Test
    void shortNamesGetNoFuzzyMatches() {
        assertThat(Gazetteer.allowedEdits("abc")).isZero();
        assertThat(Gazetteer.allowedEdits("rajn")).isEqualTo(1);
        assertThat(Gazetteer.allowedEdits("khasam")).isEqualTo(2);
    }

    @ParameterizedTest(name = "prefix {0} -> {1}")
    @CsvSource({
        "Vladiv, Vladivostok",
        "Khabar, Khabarovsk",
        "Pyong, Pyongyang",
        "Владиво, Vladivostok",
        "Ussur, Ussuriysk",
        "Komsomolsk-na, Komsomolsk-on-Amur",
    })
    void prefixesServeAutocomplete(String prefix, String expected) {
        Candidate c = best(prefix);
        assertThat(c.place().name()).isEqualTo(expected);
        assertThat(c.matchType()).isEqualTo(MatchType.PREFIX);
    }

    @Test
    void exactBeatsPrefixBeatsFuzzy() {
        // "Artem" is exact for Artëm (Primorsky Krai) and a prefix of Artemisa, Cuba, among others.
        List<Candidate> found = search(GeocodeQuery.of("Artem").withLimit(50));
        assertThat(found).extracting(Candidate::matchType).isSortedAccordingTo(Enum::compareTo);
        assertThat(found.get(0).place().geonameId()).isEqualTo(2027456);
    }

    @Test
    void limitIsHonouredAndPlacesAreNotRepeated() {
        List<Candidate> found = search(GeocodeQuery.of("s").withLimit(7));
        assertThat(found).hasSize(7);
        assertThat(found).extracting(c -> c.place().geonameId()).doesNotHaveDuplicates();
        assertThat(found).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void unknownNamesGiveNoCandidates() {
        assertThat(search(GeocodeQuery.of("Xqzzyxq Wvvt"))).isEmpty();
    }

    @Nested
    class Supplement {
        @Test
        void tumangangIsTheBorderStation() {
            Candidate c = best("Tumangang");
            assertThat(c.place().fromSupplement()).isTrue();
            assertThat(c.place().featureCode()).isEqualTo("RSTN");
            assertThat(c.place().location()).isEqualTo(new LatLon(42.4214, 130.6081));
            assertThat(c.place().source()).contains("Hongui Line");
        }

        @Test
        void rasonResolvesToRajin() {
            Candidate c = best("Rason");
            assertThat(c.place().geonameId()).isEqualTo(RAJIN);
            assertThat(c.alternateName()).isTrue();
            assertThat(c.place().source()).contains("supplement");
        }

        @Test
        void friendshipBridgeNearKhasanIsTheTumenBridge() {
            Candidate c = search(GeocodeQuery.of("Friendship Bridge").near(VLADIVOSTOK)).get(0);
            assertThat(c.place().name()).isEqualTo("Korea–Russia Friendship Bridge");
            assertThat(c.place().featureCode()).isEqualTo("BDG");
        }

        @Test
        void vostochnyCosmodromeIsNextToTsiolkovsky() {
            Candidate c = best("Vostochny Cosmodrome");
            assertThat(c.place().location().lat()).isBetween(51.6, 52.0);
            assertThat(c.place().location().lon()).isBetween(128.0, 128.4);
            assertThat(c.place().source()).containsIgnoringCase("approximate");
        }

        @Test
        void everySupplementPlaceNamesItsSource() {
            assertThat(ShippedGazetteer.get().places()).filteredOn(Place::fromSupplement)
                    .hasSizeGreaterThanOrEqualTo(11)
                    .allSatisfy(p -> assertThat(p.source()).isNotBlank().isNotEqualTo(Place.GEONAMES));
        }

        @Test
        void stationsAndTimezonesAreCarried() {
            assertThat(best("Artyom-Primorsky-1").place().timezone()).isEqualTo("Asia/Vladivostok");
            assertThat(best("Ledyanaya").place().featureCode()).isEqualTo("RSTN");
            assertThat(best("Khasan station").place().location().lon()).isCloseTo(130.645, org.assertj.core.data.Offset.offset(0.002));
        }
    }
}
