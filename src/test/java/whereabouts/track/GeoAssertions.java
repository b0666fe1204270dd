package whereabouts.track;

import java.util.List;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/** Distances the specs measure with, computed independently of the code under test. */
final class GeoAssertions {
    private GeoAssertions() {
    }

    static double km(LatLon a, LatLon b) {
        return Geodesy.distanceMeters(a, b) / 1000.0;
    }

    /** Distance from p to the nearest point of a polyline, kilometres, resolved to about 50 m. */
    static double distanceToLineKm(LatLon p, List<LatLon> line) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < line.size(); i++) {
            for (LatLon q : Geodesy.densify(line.get(i - 1), line.get(i), 50)) {
                best = Math.min(best, km(p, q));
            }
        }
        return line.size() == 1 ? km(p, line.get(0)) : best;
    }
}
