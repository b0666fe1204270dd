package whereabouts.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            42.42387,130.65156              | 42.42387  | 130.65156
            42.42387, 130.65156             | 42.42387  | 130.65156
            42.42387 130.65156              | 42.42387  | 130.65156
            -33.8688,151.2093               | -33.8688  | 151.2093
            42°25'26"N 130°39'06"E          | 42.423889 | 130.651667
            N 39°01'56" E 125°45'15"        | 39.032222 | 125.754167
            130°39'06"E 42°25'26"N          | 42.423889 | 130.651667
            43°06.3'N, 131°52.4'E           | 43.105    | 131.873333
            """)
    void readsDecimalAndDms(String text, double lat, double lon) {
        LatLon p = CoordinateParser.parse(text).orElseThrow();
        assertThat(p.lat()).isCloseTo(lat, within(1e-6));
        assertThat(p.lon()).isCloseTo(lon, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khasan", "Пхеньян", "평양", "12", "", "1,2,3", "Route 66, km 4"})
    void placeNamesAreNotCoordinates(String text) {
        assertThat(CoordinateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91,10", "10,181", "42°61'N 130°E", "42°N 130°N"})
    void outOfRangeIsAnError(String text) {
        assertThatThrownBy(() -> CoordinateParser.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
