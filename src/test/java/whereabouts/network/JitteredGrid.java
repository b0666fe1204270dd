package whereabouts.network;

import java.util.Random;
import whereabouts.geo.LatLon;

/**
 * A generated network for routing tests: {@code side × side} nodes 2 km apart from {@code origin}, each moved at
 * random by up to a third of the spacing, neighbours joined by a line unless dropped (a fifth of them, so some parts
 * are cut off); {@link Line} adds each line, its way of measuring it (km posts, one-way, speed) its own.
 */
final class JitteredGrid {
    /** Adds the line from {@code x} to {@code y} to {@code b}, drawing what it needs from {@code random}. */
    interface Line {
        void add(RailNetworkBuilder b, LatLon x, LatLon y, Random random);
    }

    private JitteredGrid() {
    }

    static RailNetwork build(int side, long seed, LatLon origin, Line line) {
        Random random = new Random(seed);
        double dLat = 2000 / 111_320.0;
        double dLon = 2000 / (111_320.0 * Math.cos(Math.toRadians(origin.lat())));
        LatLon[][] p = new LatLon[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                p[r][c] = new LatLon(origin.lat() + (r + (random.nextDouble() - 0.5) / 1.5) * dLat,
                        origin.lon() + (c + (random.nextDouble() - 0.5) / 1.5) * dLon);
            }
        }
        RailNetworkBuilder b = RailNetwork.builder().joinToleranceMeters(0);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side && random.nextDouble() >= 0.2) {
                    line.add(b, p[r][c], p[r][c + 1], random);
                }
                if (r + 1 < side && random.nextDouble() >= 0.2) {
                    line.add(b, p[r][c], p[r + 1][c], random);
                }
            }
        }
        return b.build();
    }
}
