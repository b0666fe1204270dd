package whereabouts.network;

import java.util.List;
import java.util.Random;
import whereabouts.geo.LatLon;

/**
 * A synthetic rail network for benchmarks: a {@code rows × columns} grid of nodes {@code spacingMeters} apart
 * (roughly), each node jittered by up to a third of the spacing, joined to its east and south neighbours, with a
 * fraction of edges left out so that routes must detour. Deterministic for a given seed.
 */
public final class SyntheticNetworkGenerator {
    private SyntheticNetworkGenerator() {
    }

    /**
     * @param rows            grid rows (>= 2)
     * @param columns         grid columns (>= 2)
     * @param spacingMeters   nominal distance between neighbours, metres
     * @param dropFraction    fraction [0, 1) of grid edges left out
     * @param seed            random seed
     * @param origin          south-west corner
     */
    public static RailNetwork grid(int rows, int columns, double spacingMeters, double dropFraction, long seed,
            LatLon origin) {
        Random random = new Random(seed);
        double dLat = spacingMeters / 111_320.0;
        double dLon = spacingMeters / (111_320.0 * Math.cos(Math.toRadians(origin.lat())));
        LatLon[][] p = new LatLon[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double jLat = (random.nextDouble() - 0.5) * dLat / 1.5;
                double jLon = (random.nextDouble() - 0.5) * dLon / 1.5;
                p[r][c] = new LatLon(origin.lat() + r * dLat + jLat, origin.lon() + c * dLon + jLon);
            }
        }
        // Joining is exact here: grid nodes are far apart, so a zero tolerance keeps the build fast.
        RailNetworkBuilder b = RailNetwork.builder().joinToleranceMeters(0);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                boolean keepEast = c + 1 < columns && (r == 0 || random.nextDouble() >= dropFraction);
                boolean keepSouth = r + 1 < rows && (c == 0 || random.nextDouble() >= dropFraction);
                if (keepEast) {
                    b.addLine("e", List.of(p[r][c], p[r][c + 1]));
                }
                if (keepSouth) {
                    b.addLine("s", List.of(p[r][c], p[r + 1][c]));
                }
            }
        }
        return b.build();
    }
}
