package whereabouts.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeodesyTest {

    /**
     * Reference inverse solutions from GeographicLib's own test suite (the "testcases" table shared by
     * geographiclib-java GeodesicTest, geographiclib C/C++/Python tests; rows drawn from GeodTest.dat,
     * https://geographiclib.sourceforge.io/C++/doc/geodesic.html#testgeod): lat1, lon1, azi1, lat2, lon2, azi2, s12.
     * Longitudes above 180 are given here normalised to [-180, 180] (197.18234 → -162.81766).
     */
    @ParameterizedTest
    @CsvSource({
        "35.60777,  -139.44815, 111.098748429560326, -11.17491, -69.95921,  129.289270889708762, 8935244.5604818305",
        "55.52454,   106.05087,  22.020059880982801,  77.03196, -162.81766, 109.112041110671519, 4105086.1713924406",
        "-21.97856,  142.59065, -32.44456876433189,   41.84138,  98.56635,  -41.84359951440466,  8394328.894657671",
    })
    void inverseAgreesWithGeographicLibReferenceTo1mm(double lat1, double lon1, double azi1, double lat2,
            double lon2, double azi2, double s12) {
        GeodesicInverse inv = Geodesy.inverse(new LatLon(lat1, lon1), new LatLon(lat2, lon2));

        assertThat(inv.distanceMeters()).isCloseTo(s12, within(0.001));
        assertThat(Geodesy.distanceMeters(new LatLon(lat1, lon1), new LatLon(lat2, lon2))).isCloseTo(s12, within(0.001));
        assertThat(inv.initialBearingDegrees()).isCloseTo(Geodesy.normalizeBearing(azi1), within(1e-9));
        assertThat(inv.finalBearingDegrees()).isCloseTo(Geodesy.normalizeBearing(azi2), within(1e-9));
    }

    @Test
    void destinationIsTheInverseOfInverse() {
        LatLon start = new LatLon(35.60777, -139.44815);
        LatLon end = Geodesy.destination(start, 111.098748429560326, 8935244.5604818305);

        assertThat(end.lat()).isCloseTo(-11.17491, within(1e-8));
        assertThat(end.lon()).isCloseTo(-69.95921, within(1e-8));
    }

    @Test
    void pyongyangToVladivostokIsAbout684Km() {
        double km = Geodesy.distanceMeters(new LatLon(39.0339, 125.7543), new LatLon(43.1056, 131.8735)) / 1000;

        assertThat(km).isCloseTo(684, within(6.84));
    }

    @Test
    void densifyKeepsEndsAndEverySegmentWithinTheMaximum() {
        LatLon a = new LatLon(39.0339, 125.7543);
        LatLon b = new LatLon(43.1056, 131.8735);

        List<LatLon> line = Geodesy.densify(a, b, 10_000);

        assertThat(line.get(0)).isEqualTo(a);
        assertThat(line.get(line.size() - 1)).isEqualTo(b);
        for (int i = 1; i < line.size(); i++) {
            assertThat(Geodesy.distanceMeters(line.get(i - 1), line.get(i))).isLessThanOrEqualTo(10_000 + 1e-6);
        }
        assertThat(Geodesy.lengthMeters(line)).isCloseTo(Geodesy.distanceMeters(a, b), within(0.01));
    }

    @Test
    void aDensifiedLineAcrossTheAntimeridianSplitsIntoTwoPartsMeetingAt180() {
        LatLon anadyr = new LatLon(64.73, 177.5);
        LatLon nome = new LatLon(64.5, -165.4);

        List<List<LatLon>> parts = Geodesy.splitAtAntimeridian(Geodesy.densify(anadyr, nome, 20_000));

        assertThat(parts).hasSize(2);
        LatLon westEnd = parts.get(0).get(parts.get(0).size() - 1);
        LatLon eastStart = parts.get(1).get(0);
        assertThat(parts.get(0).get(0)).isEqualTo(anadyr);
        assertThat(westEnd.lon()).isEqualTo(180.0);
        assertThat(eastStart.lon()).isEqualTo(-180.0);
        assertThat(westEnd.lat()).isEqualTo(eastStart.lat());
        assertThat(parts.get(1).get(parts.get(1).size() - 1)).isEqualTo(nome);
        assertThat(parts.get(0)).allSatisfy(p -> assertThat(p.lon()).isPositive());
        assertThat(parts.get(1)).allSatisfy(p -> assertThat(p.lon()).isNegative());
    }

    @Test
    void bearingsAreNormalisedIntoZeroInclusiveTo360Exclusive() {
        assertThat(Geodesy.normalizeBearing(-1e-15)).isGreaterThanOrEqualTo(0).isLessThan(360);
        assertThat(Geodesy.normalizeBearing(-0.0)).isEqualTo(0.0);
        assertThat(Geodesy.normalizeBearing(-90)).isEqualTo(270);
        assertThat(Geodesy.normalizeBearing(720)).isEqualTo(0);
    }
}
