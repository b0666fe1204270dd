package whereabouts.network;

import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * A uniform grid over the network's segments in plain degrees, in two flat int arrays (issue #22: a JTS STRtree
 * of the 1.8 M segments of a big import held some 180 MB in objects and took seconds to build at every start;
 * this holds 4 bytes per segment and cell and is built in two linear passes). Each segment is listed in every
 * cell its bounding box overlaps, so a segment whose nearest point lies in a cell is found in that cell.
 * Immutable after construction; safe for concurrent queries.
 */
final class SegmentGrid {
    /** Aim for this many segments per cell on average. */
    private static final int SEGMENTS_PER_CELL = 4;
    /** At most this many cells (4 MB of cell offsets). */
    private static final int MAX_CELLS = 1 << 20;

    private final double minLon;
    private final double minLat;
    private final double cellLon;
    private final double cellLat;
    private final int columns;
    private final int rows;
    /** Segments of cell c: {@code items[cellStart[c] .. cellStart[c + 1])}. */
    private final int[] cellStart;
    private final int[] items;

    /**
     * @param box each segment's bounding box {@code [minLon, minLat, maxLon, maxLat]}, by segment index
     * @param included whether segment i is indexed at all
     */
    SegmentGrid(int count, java.util.function.IntFunction<double[]> box, java.util.function.IntPredicate included) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        int indexed = 0;
        for (int i = 0; i < count; i++) {
            if (included.test(i)) {
                double[] b = box.apply(i);
                x0 = Math.min(x0, b[0]);
                y0 = Math.min(y0, b[1]);
                x1 = Math.max(x1, b[2]);
                y1 = Math.max(y1, b[3]);
                indexed++;
            }
        }
        if (indexed == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        double width = Math.max(x1 - x0, 1e-9);
        double height = Math.max(y1 - y0, 1e-9);
        int cells = Math.max(1, Math.min(MAX_CELLS, indexed / SEGMENTS_PER_CELL));
        double side = Math.sqrt(width * height / cells);
        columns = (int) Math.max(1, Math.min(cells, Math.ceil(width / side)));
        rows = (int) Math.max(1, Math.min(cells, Math.ceil(height / side)));
        minLon = x0;
        minLat = y0;
        cellLon = width / columns;
        cellLat = height / rows;
        cellStart = new int[columns * rows + 1];
        for (int i = 0; i < count; i++) { // count per cell
            if (included.test(i)) {
                double[] bx = box.apply(i);
                for (int y = row(bx[1]); y <= row(bx[3]); y++) {
                    for (int x = column(bx[0]); x <= column(bx[2]); x++) {
                        cellStart[y * columns + x + 1]++;
                    }
                }
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] listed = new int[cellStart[columns * rows]];
        int[] next = cellStart.clone();
        for (int i = 0; i < count; i++) { // fill
            if (included.test(i)) {
                double[] bx = box.apply(i);
                for (int y = row(bx[1]); y <= row(bx[3]); y++) {
                    for (int x = column(bx[0]); x <= column(bx[2]); x++) {
                        listed[next[y * columns + x]++] = i;
                    }
                }
            }
        }
        items = listed;
    }

    private int column(double lon) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((lon - minLon) / cellLon)));
    }

    private int row(double lat) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((lat - minLat) / cellLat)));
    }

    /** Whether no segment is indexed. */
    boolean isEmpty() {
        return items.length == 0;
    }

    /**
     * The indexed segment with the smallest {@code distance} (in plain degrees, a distance no larger than the
     * point's distance to anything in a cell it does not reach), or -1 when none: cells are visited in rings
     * around the point's cell until no unvisited cell can hold anything nearer.
     */
    int nearest(double lon, double lat, IntToDoubleFunction distance) {
        if (items.length == 0) {
            return -1;
        }
        long cx = (long) Math.floor((lon - minLon) / cellLon); // may lie outside the grid
        long cy = (long) Math.floor((lat - minLat) / cellLat);
        long first = Math.max(0, Math.max(Math.max(-cx, cx - (columns - 1)), Math.max(-cy, cy - (rows - 1))));
        long last = first + Math.max(columns, rows);
        double step = Math.min(cellLon, cellLat);
        double[] best = {Double.MAX_VALUE};
        int[] bestItem = {-1};
        for (long r = first; r <= last; r++) {
            long r0 = r;
            forRing(cx, cy, r, c -> {
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    double d = distance.applyAsDouble(items[k]);
                    if (d < best[0]) {
                        best[0] = d;
                        bestItem[0] = items[k];
                    }
                }
            });
            // every cell of a later ring is at least r0 cells away from the point's cell
            if (bestItem[0] >= 0 && best[0] <= r0 * step) {
                break;
            }
        }
        return bestItem[0];
    }

    /** Calls {@code visit} with every segment listed in a cell overlapping the box (a segment may come twice). */
    void query(double minLonQ, double minLatQ, double maxLonQ, double maxLatQ, IntConsumer visit) {
        if (items.length == 0 || maxLonQ < minLon || maxLatQ < minLat || minLonQ > minLon + columns * cellLon
                || minLatQ > minLat + rows * cellLat) {
            return;
        }
        for (int y = row(minLatQ); y <= row(maxLatQ); y++) {
            for (int x = column(minLonQ); x <= column(maxLonQ); x++) {
                int c = y * columns + x;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    visit.accept(items[k]);
                }
            }
        }
    }

    /** The grid's cells at Chebyshev distance exactly {@code r} from cell (cx, cy). */
    private void forRing(long cx, long cy, long r, IntConsumer visit) {
        long yFrom = Math.max(0, cy - r);
        long yTo = Math.min(rows - 1L, cy + r);
        for (long y = yFrom; y <= yTo; y++) {
            if (y == cy - r || y == cy + r) {
                long xFrom = Math.max(0, cx - r);
                long xTo = Math.min(columns - 1L, cx + r);
                for (long x = xFrom; x <= xTo; x++) {
                    visit.accept((int) (y * columns + x));
                }
            } else {
                if (cx - r >= 0 && cx - r < columns) {
                    visit.accept((int) (y * columns + cx - r));
                }
                if (r > 0 && cx + r >= 0 && cx + r < columns) {
                    visit.accept((int) (y * columns + cx + r));
                }
            }
        }
    }
}
