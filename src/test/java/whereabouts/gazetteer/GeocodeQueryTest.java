package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.LatLon;

class GeocodeQueryTest {
    @ParameterizedTest(name = "q=\"{0}\" is rejected")
    @ValueSource(strings = {"", "   ", "Khasan\u0000", "Kha\nsan", "--''--"})
    void rejectsEmptyOrControlCharacterText(String text) {
        assertThatThrownBy(() -> GeocodeQuery.of(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    @Test
    void rejectsNullAndOverlongText() {
        assertThatThrownBy(() -> GeocodeQuery.of(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> GeocodeQuery.of("a".repeat(201)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThat(GeocodeQuery.of("a".repeat(200)).text()).hasSize(200);
    }

    @ParameterizedTest(name = "limit {0} is rejected")
    @ValueSource(ints = {0, -1, 51, 1000})
    void rejectsLimitOutsideOneToFifty(int limit) {
        assertThatThrownBy(() -> new GeocodeQuery("Khasan", limit, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @ParameterizedTest(name = "country {0} is rejected")
    @ValueSource(strings = {"", "R", "RUS", "R1", "Рф"})
    void rejectsCountryThatIsNotAlpha2(String country) {
        assertThatThrownBy(() -> new GeocodeQuery("Khasan", 5, null, country))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("country"));
    }

    @Test
    void countryIsStoredUpperCase() {
        assertThat(new GeocodeQuery("Khasan", 5, null, "ru").country()).isEqualTo("RU");
    }

    @Test
    void parsesRequestParameters() {
        GeocodeQuery q = GeocodeQuery.fromParams("Хасан", "3", "43.1, 131.9", "ru");
        assertThat(q.limit()).isEqualTo(3);
        assertThat(q.near()).isEqualTo(new LatLon(43.1, 131.9));
        assertThat(q.country()).isEqualTo("RU");
        GeocodeQuery defaults = GeocodeQuery.fromParams("Khasan", null, "", null);
        assertThat(defaults.limit()).isEqualTo(GeocodeQuery.DEFAULT_LIMIT);
        assertThat(defaults.nearPoint()).isEmpty();
    }

    @ParameterizedTest(name = "near={0} is rejected")
    @CsvSource(delimiter = '|', value = {"43.1", "91,10", "10,181", "abc,def", "1,2,3"})
    void rejectsBadFocusPoint(String near) {
        assertThatThrownBy(() -> GeocodeQuery.fromParams("Khasan", null, near, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("near"));
    }

    @Test
    void rejectsNonNumericLimitParameter() {
        assertThatThrownBy(() -> GeocodeQuery.fromParams("Khasan", "ten", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
