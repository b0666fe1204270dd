package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

class ReverseTest {
    private static final LatLon KHASAN = new LatLon(42.42387, 130.65156);

    @Test
    void aPointTwelveKilometresNorthEastOfKhasanIsDescribedSo() {
        LatLon point = Geodesy.destination(KHASAN, 45, 12_000);
        ReverseResult r = ShippedGazetteer.get().reverse(point).orElseThrow();
        assertThat(r.place().name()).isEqualTo("Khasan");
        assertThat(r.distanceKm()).isCloseTo(12.0, offset(0.01));
        assertThat(r.bearingDegrees()).isCloseTo(45.0, offset(0.1));
        assertThat(r.text()).isEqualTo("12 km NE of Khasan");
        assertThat(r.compass()).isEqualTo("NE");
    }

    @Test
    void aPointOnThePlaceIsAtThePlace() {
        ReverseResult r = ShippedGazetteer.get().reverse(KHASAN).orElseThrow();
        assertThat(r.text()).isEqualTo("at Khasan");
        assertThat(r.distanceKm()).isLessThan(0.001);
    }

    @Test
    void underOneKilometreIsSaidSo() {
        LatLon point = Geodesy.destination(KHASAN, 180, 700);
        assertThat(ShippedGazetteer.get().reverse(point).orElseThrow().text()).isEqualTo("<1 km S of Khasan");
    }

    @Test
    void nothingWithinTheBoundGivesEmpty() {
        LatLon pacific = new LatLon(30.0, -150.0);
        assertThat(ShippedGazetteer.get().reverse(pacific)).isEmpty();
        assertThat(ShippedGazetteer.get().reverse(Geodesy.destination(KHASAN, 45, 12_000), 5.0)).isEmpty();
    }

    @Test
    void stationsAreNotUsedAsReferencePoints() {
        // Khasan station (supplement, RSTN) is 0.5 km from this point, the settlement 0.45 km further.
        LatLon atStation = new LatLon(42.42806, 130.64528);
        assertThat(ShippedGazetteer.get().reverse(atStation).orElseThrow().place().isSettlement()).isTrue();
    }

    @Test
    void aTownIsPreferredToAMuchSmallerHamletAtAlmostTheSameDistance() {
        Place town = place(1, "Town", new LatLon(50.0, 10.10), 100_000);
        Place hamlet = place(2, "Hamlet", new LatLon(50.0, 9.92), 50);
        Gazetteer g = Gazetteer.of(List.of(town, hamlet));
        // the point is 7.2 km from the town and 5.7 km from the hamlet
        ReverseResult r = g.reverse(new LatLon(50.0, 10.0)).orElseThrow();
        assertThat(r.place().name()).isEqualTo("Town");
        assertThat(r.text()).isEqualTo("7 km W of Town");
    }

    @Test
    void boundMustBePositive() {
        assertThatThrownBy(() -> ShippedGazetteer.get().reverse(KHASAN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Place place(long id, String name, LatLon at, long population) {
        return new Place(id, name, at, "PPL", "XX", "", population, "UTC", List.of(), Place.GEONAMES);
    }
}
