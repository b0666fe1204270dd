package whereabouts.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.track.Confidence;
import whereabouts.track.SightingKind;

/** The seed article, published 2023-09-12 12:00 +09:00: exactly the three reports a desk would type in. */
class SeedArticleExtractionTest {
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-09-12T12:00+09:00");

    private final List<Draft> drafts = Extractors.shipped().extract(Extractors.seedArticle(), PUBLISHED, null);

    @Test
    void exactlyPyongyangKhasanAndVladivostok() {
        drafts.forEach(d -> System.out.println(d.place() + " " + d.observedAt() + " ±" + d.timeUncertaintyMinutes()
                + " | " + d.source() + " | " + d.confidence() + " | " + d.kind() + " | " + d.notes()));
        assertThat(drafts).extracting(Draft::place).containsExactly("Pyongyang", "Khasan", "Vladivostok");
    }

    @Test
    void pyongyangIsTheSundayAfternoonDepartureConfirmedByKcna() {
        Draft d = drafts.get(0);
        assertThat(d.observedAt()).isEqualTo(OffsetDateTime.parse("2023-09-10T15:00+09:00"));
        assertThat(d.observedAt().getOffset().getId()).isEqualTo("+09:00");
        assertThat(d.timeUncertaintyMinutes()).isEqualTo(180);
        assertThat(d.source()).startsWith("KCNA");
        assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(d.kind()).isEqualTo(SightingKind.SIGHTING);
        assertThat(d.geonameId()).isEqualTo(1871859L);
        assertThat(d.evidence()).as("the photo caption and the KCNA quote merged").hasSizeGreaterThanOrEqualTo(2);
        assertThat(d.evidence()).anySatisfy(e -> assertThat(e.spans()).anySatisfy(s -> {
            assertThat(s.role()).isEqualTo(Span.TIME);
            assertThat(s.text()).isEqualTo("Sunday afternoon");
        }));
    }

    @Test
    void khasanIsTbsCitingRussianOfficialsBoundedByPublication() {
        Draft d = drafts.get(1);
        assertThat(d.geonameId()).isEqualTo(2022586L);
        assertThat(d.kind()).isEqualTo(SightingKind.SIGHTING);
        assertThat(d.source()).isEqualTo("TBS, citing Russian regional officials");
        assertThat(d.confidence()).isEqualTo(Confidence.REPORTED);
        assertThat(d.notes()).contains("bounded by publication").contains("Unnamed sources");
        // from the start of the departure window (10 Sep 12:00 +09:00) to publication (12 Sep 12:00 +09:00)
        assertThat(d.observedAt().minusMinutes(d.timeUncertaintyMinutes()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2023-09-10T12:00+09:00").toInstant());
        assertThat(d.observedAt().plusMinutes(d.timeUncertaintyMinutes()).toInstant()).isEqualTo(PUBLISHED.toInstant());
        assertThat(d.observedAt().getOffset().getId()).as("Khasan's own zone").isEqualTo("+10:00");
        Evidence e = d.evidence().get(0);
        assertThat(e.spans()).extracting(Span::role).containsExactlyInAnyOrder(Span.SOURCE, Span.SOURCE, Span.PLACE);
        assertThat(e.spans()).filteredOn(s -> s.role().equals(Span.PLACE)).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Khasan"));
    }

    @Test
    void vladivostokIsTheExpectedVenueFromTass() {
        Draft d = drafts.get(2);
        assertThat(d.kind()).isEqualTo(SightingKind.EXPECTED);
        assertThat(d.source()).isEqualTo("TASS");
        assertThat(d.geonameId()).isEqualTo(2013348L);
        assertThat(d.observedAt()).isEqualTo(OffsetDateTime.parse("2023-09-13T12:00+10:00"));
    }

    @Test
    void evidenceSpansPointIntoTheText() {
        String text = Extractors.seedArticle();
        for (Draft d : drafts) {
            for (Evidence e : d.evidence()) {
                assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence());
                for (Span s : e.spans()) {
                    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
        }
    }
}
