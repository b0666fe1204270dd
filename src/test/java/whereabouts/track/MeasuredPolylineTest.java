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
    void aSliceAcrossTheCornerKeepsTheCornerAndEndsAtTheAskedDistances() {
        List<LatLon> slice = l.slice(eastMeters - 5_000, eastMeters + 7_000);

        assertThat(slice).hasSize(3);
        assertThat(slice.get(1)).isEqualTo(CORNER);
        assertThat(km(slice.get(0), l.pointAtMeters(eastMeters - 5_000))).isZero();
        assertThat(km(slice.get(2), l.pointAtMeters(eastMeters + 7_000))).isZero();
        assertThat(new MeasuredPolyline(slice).lengthMeters()).isCloseTo(12_000, within(0.01));
    }

    @Test
    void aSliceWithinOneSegmentHasOnlyItsTwoEnds() {
        List<LatLon> slice = l.slice(1_000, 2_000);
        assertThat(slice).hasSize(2);
        assertThat(new MeasuredPolyline(slice).lengthMeters()).isCloseTo(1_000, within(0.01));
    }

    @Test
    void aSliceIsClampedToTheLineAndStartingOnAVertexDoesNotRepeatIt() {
        assertThat(l.slice(-1e6, 1e9)).containsExactly(ORIGIN, CORNER, END);
        assertThat(l.slice(eastMeters, eastMeters + northMeters)).containsExactly(CORNER, END);
        assertThat(l.slice(eastMeters, eastMeters)).containsExactly(CORNER, CORNER);
    }

    @Test
    void aSliceThatEndsBeforeItStartsIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> l.slice(10, 5));
    }

    @Test
    void aSinglePointIsALineOfLengthZero() {
        MeasuredPolyline dot = new MeasuredPolyline(List.of(CORNER));
        assertThat(dot.lengthMeters()).isZero();
        assertThat(dot.pointAtFraction(0.5)).isEqualTo(CORNER);
    }
}
