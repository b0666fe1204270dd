package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.LatLon;
import whereabouts.geo.LonLatBox;

/** Which places are labelled at a zoom, in which order, and under which name in each script. */
class PlaceLabelsTest {
    private static Place place(long id, String name, String code, long population, String... alternates) {
        return new Place(id, name, new LatLon(40, 128), code, "KP", "", population, "Asia/Pyongyang",
                List.of(alternates), null);
    }

    private static final Place CAPITAL = place(1, "Pyongyang", "PPLC", 3_222_000, "Pjöngjang", "Пхеньян", "Пхенян",
            "Пјонгјанг", "平壌", "平壤", "平壤市", "평양", "평양시");
    private static final Place TOWN = place(2, "Khasan", "PPL", 776, "Хасан");
    private static final Place CITY = place(3, "Harbin", "PPLA", 5_878_939, "Харбин", "하얼빈 시", "哈尔滨");
    private static final Place STATION = place(4, "Tumangang", "RSTN", 0, "두만강");

    @Test
    void namesInEachScriptPreferTheShortFormAndFallBackToLatin() {
        assertThat(PlaceLabels.nameIn(CAPITAL, LabelScript.LATIN)).isEqualTo("Pyongyang");
        assertThat(PlaceLabels.nameIn(CAPITAL, LabelScript.KOREAN)).isEqualTo("평양");
        assertThat(PlaceLabels.nameIn(CAPITAL, LabelScript.CHINESE)).isEqualTo("平壤");
        assertThat(PlaceLabels.nameIn(CAPITAL, LabelScript.RUSSIAN)).as("first Russian name; Serbian ј excluded")
                .isEqualTo("Пхеньян");
        assertThat(PlaceLabels.nameIn(CITY, LabelScript.KOREAN)).isEqualTo("하얼빈");
        assertThat(PlaceLabels.nameIn(TOWN, LabelScript.KOREAN)).isNull();
    }

    @Test
    void capitalsAndBigCitiesShowEarlySmallPlacesLateAndStationsNever() {
        PlaceLabels labels = new PlaceLabels(List.of(TOWN, CITY, CAPITAL, STATION));
        assertThat(labels.size()).isEqualTo(3);
        LonLatBox box = new LonLatBox(120, 35, 135, 45);
        assertThat(labels.within(box, 3, LabelScript.LATIN, 10)).extracting(PlaceLabels.Label::text)
                .containsExactly("Pyongyang", "Harbin");
        assertThat(labels.within(box, PlaceLabels.ALL_PLACES_ZOOM, LabelScript.KOREAN, 10))
                .extracting(PlaceLabels.Label::text).containsExactly("평양", "하얼빈", "Khasan");
        assertThat(labels.within(box, 12, LabelScript.KOREAN, 10).get(2).fallback()).isTrue();
        assertThat(labels.within(box, 12, LabelScript.LATIN, 1)).hasSize(1);
        assertThat(labels.within(new LonLatBox(0, 0, 10, 10), 12, LabelScript.LATIN, 10)).isEmpty();
    }
}
