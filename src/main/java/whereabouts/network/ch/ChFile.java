package whereabouts.network.ch;

import java.io.IOException;
import whereabouts.util.ArrayInput;
import whereabouts.util.ArrayOutput;

/**
 * A {@link ContractionHierarchy} in a binary stream: the node ranks and the shortcuts (ends, weight, the two
 * edges each one skips, the ways it may be travelled). The graph itself is not written: whoever stores the graph stores it beside, and reads
 * the hierarchy back onto the same graph (node and edge counts are checked).
 */
public final class ChFile {
    private static final int MAGIC = 0x43483032; // "CH02": with a direction per shortcut

    private ChFile() {
    }

    public static void write(ContractionHierarchy ch, ArrayOutput out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(ch.nodeCount());
        out.writeInt(ch.graph().edgeCount());
        out.writeInts(ch.ranks());
        out.writeInts(ch.shortcutA());
        out.writeInts(ch.shortcutB());
        out.writeDoubles(ch.shortcutWeights());
        out.writeInts(ch.skipFirsts());
        out.writeInts(ch.skipSeconds());
        out.writeBytes(ch.shortcutDirections());
    }

    /** The hierarchy written by {@link #write} for {@code graph}; IOException if it was written for another. */
    public static ContractionHierarchy read(WeightedGraph graph, ArrayInput in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a contraction hierarchy");
        }
        int n = in.readInt();
        int m = in.readInt();
        if (n != graph.nodeCount() || m != graph.edgeCount()) {
            throw new IOException("the hierarchy was prepared for " + n + " nodes and " + m + " edges, not "
                    + graph.nodeCount() + " and " + graph.edgeCount());
        }
        int[] rank = in.readInts();
        int[] a = in.readInts();
        int[] b = in.readInts();
        double[] w = in.readDoubles();
        int[] first = in.readInts();
        int[] second = in.readInts();
        byte[] direction = in.readBytes();
        if (a.length != b.length || a.length != w.length || a.length != first.length || a.length != second.length
                || a.length != direction.length) {
            throw new IOException("corrupt contraction hierarchy: shortcut arrays differ in length");
        }
        return new ContractionHierarchy(graph, rank, a, b, w, first, second, direction);
    }
}
