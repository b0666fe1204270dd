package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static whereabouts.track.GeoAssertions.km;

import java.util.List;
import org.junit.jupiter.api.Test;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/** Walking a polyline by cumulative geodesic length, on an L drawn along the equator and a meridian. */
class MeasuredPolylineTest {
    private static final LatLon ORIGIN = new LatLon(0, 0);
    private static final LatLon CORNER = new LatLon(0, 1);
    private static final LatLon END = new LatLon(1, 1);
    private final MeasuredPolyline l = new MeasuredPolyline(List.of(ORIGIN, CORNER, END));
    private final double eastMeters = Geodesy.distanceMeters(ORIGIN, CORNER);
    private final double northMeters = Geodesy.distanceMeters(CORNER, END);

    @Test
    void itsLengthIsTheSumOfGeodesicSegmentLengths() {
        assertThat(l.lengthMeters()).isCloseTo(eastMeters + northMeters, within(1e-6));
        assertThat(eastMeters).isCloseTo(111_319.5, within(0.5)); // one degree of the WGS84 equator
    }

    @Test
    void aDistanceInTheSecondSegmentIsMeasuredFromTheCorner() {
        LatLon p = l.pointAtMeters(eastMeters + 10_000);
        assertThat(km(p, Geodesy.destination(CORNER, 0, 10_000))).isLessThan(0.001);
    }

    @Test
    void aDistanceInTheFirstSegmentFollowsTheEquator() {
        LatLon p = l.pointAtMeters(eastMeters / 2);
        assertThat(p.lat()).isCloseTo(0, within(1e-9));
        assertThat(p.lon()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void verticesAreHitExactlyAndDistancesBeyondTheEndsAreClamped() {
        assertThat(l.pointAtMeters(eastMeters)).isEqualTo(CORNER);
        assertThat(l.pointAtMeters(-5)).isEqualTo(ORIGIN);
        assertThat(l.pointAtMeters(1e9)).isEqualTo(END);
        assertThat(l.pointAtFraction(0)).isEqualTo(ORIGIN);
        assertThat(l.pointAtFraction(1)).isEqualTo(END);
    }

    @Test
    void aSinglePointIsALineOfLengthZero() {
        MeasuredPolyline dot = new MeasuredPolyline(List.of(CORNER));
        assertThat(dot.lengthMeters()).isZero();
        assertThat(dot.pointAtFraction(0.5)).isEqualTo(CORNER);
    }
}
