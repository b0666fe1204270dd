package whereabouts.gazetteer;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * A fixed lat/lon grid of {@value #CELL_DEGREES}° cells over the globe, holding place indices in compressed
 * sparse-row form (two int arrays, no per-cell objects). Finds the places within a radius by visiting only the
 * cells that can contain them.
 */
final class SpatialGrid {
    static final double CELL_DEGREES = 0.5;
    private static final int ROWS = (int) (180 / CELL_DEGREES);
    private static final int COLS = (int) (360 / CELL_DEGREES);

    private final int[] cellStart;
    private final int[] items;
    private final double[] itemLat;
    private final double[] itemLon;

    SpatialGrid(List<Place> places) {
        int[] counts = new int[ROWS * COLS + 1];
        int[] cellOf = new int[places.size()];
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            cellOf[i] = cell(row(p.location().lat()), col(p.location().lon()));
            counts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < ROWS * COLS; c++) {
            counts[c + 1] += counts[c];
        }
        cellStart = counts.clone();
        items = new int[places.size()];
        itemLat = new double[places.size()];
        itemLon = new double[places.size()];
        int[] fill = counts;
        for (int i = 0; i < places.size(); i++) {
            int at = fill[cellOf[i]]++;
            items[at] = i;
            itemLat[at] = places.get(i).location().lat();
            itemLon[at] = places.get(i).location().lon();
        }
    }

    /**
     * The place minimising distance / {@code divisor[place]} among places within {@code radiusKm} of (lat, lon)
     * whose divisor is positive, or -1. Distances are equirectangular approximations around the query point
     * (error well under 1 % at the radii used here), compared squared to avoid square roots.
     */
    int nearest(double lat, double lon, double radiusKm, float[] divisor) {
        double kmPerDegLat = 111.195;
        double kmPerDegLon = kmPerDegLat * Math.cos(Math.toRadians(lat));
        double maxSq = radiusKm * radiusKm;
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] range = cellRange(lat, lon, radiusKm);
        for (int r = range[0]; r <= range[1]; r++) {
            for (int cc = range[2]; cc <= range[3]; cc++) {
                int cell = cell(r, Math.floorMod(cc, COLS));
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    float w = divisor[items[k]];
                    if (w <= 0) {
                        continue;
                    }
                    double dy = (itemLat[k] - lat) * kmPerDegLat;
                    double dLon = itemLon[k] - lon;
                    if (dLon > 180) {
                        dLon -= 360;
                    } else if (dLon < -180) {
                        dLon += 360;
                    }
                    double dx = dLon * kmPerDegLon;
                    double sq = dx * dx + dy * dy;
                    if (sq > maxSq) {
                        continue;
                    }
                    double cost = sq / ((double) w * w);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = items[k];
                    }
                }
            }
        }
        return best;
    }

    /**
     * Calls {@code sink} with every place index in the cells that intersect the circle of {@code radiusKm} around
     * (lat, lon); callers filter by exact distance.
     */
    void candidates(double lat, double lon, double radiusKm, IntConsumer sink) {
        int[] range = cellRange(lat, lon, radiusKm);
        for (int r = range[0]; r <= range[1]; r++) {
            for (int cc = range[2]; cc <= range[3]; cc++) {
                int cell = cell(r, Math.floorMod(cc, COLS));
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    sink.accept(items[k]);
                }
            }
        }
    }

    /** Rows r0..r1 and (unwrapped) columns c0..c1 of the cells intersecting the circle. */
    private static int[] cellRange(double lat, double lon, double radiusKm) {
        double dLat = radiusKm / 111.0;
        double cos = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat)));
        double dLon = cos < 1e-6 ? 180 : Math.min(180, radiusKm / (111.32 * cos));
        int span = (int) Math.ceil(dLon / CELL_DEGREES);
        int c = col(lon);
        int cFrom = c - span;
        int cTo = c + span;
        if (cTo - cFrom + 1 >= COLS) {
            cFrom = 0;
            cTo = COLS - 1;
        }
        return new int[] {row(Math.max(-90, lat - dLat)), row(Math.min(90, lat + dLat)), cFrom, cTo};
    }

    private static int row(double lat) {
        return Math.min(ROWS - 1, Math.max(0, (int) Math.floor((lat + 90) / CELL_DEGREES)));
    }

    private static int col(double lon) {
        return Math.min(COLS - 1, Math.max(0, (int) Math.floor((lon + 180) / CELL_DEGREES)));
    }

    private static int cell(int row, int col) {
        return row * COLS + col;
    }
}
