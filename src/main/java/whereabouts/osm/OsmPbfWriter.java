package whereabouts.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockOutputStream;
import crosby.binary.file.CompressFlags;
import crosby.binary.file.FileBlock;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an OSM PBF file (osmpbf's protobuf classes and block stream, zlib-compressed blocks of up to 8,000
 * elements, dense nodes). Nodes must come before ways, as in any sorted OSM file. Used by the tests and by the
 * benchmark's file generator; not thread-safe.
 */
public final class OsmPbfWriter implements Closeable {
    private static final int BLOCK = 8_000;
    private static final int GRANULARITY = 100; // nanodegrees

    private record Element(long id, double lat, double lon, long[] refs, Map<String, String> tags) {
    }

    private final BlockOutputStream out;
    private final List<Element> pending = new ArrayList<>();
    private boolean pendingWays;

    public OsmPbfWriter(OutputStream stream) {
        this.out = new BlockOutputStream(stream);
        out.setCompress(CompressFlags.DEFLATE);
        Osmformat.HeaderBlock header = Osmformat.HeaderBlock.newBuilder()
                .addRequiredFeatures("OsmSchema-V0.6").addRequiredFeatures("DenseNodes")
                .setWritingprogram("whereabouts").build();
        write("OSMHeader", header.toByteString());
    }

    public void node(long id, double lat, double lon, Map<String, String> tags) {
        add(new Element(id, lat, lon, null, tags), false);
    }

    public void way(long id, long[] refs, Map<String, String> tags) {
        add(new Element(id, 0, 0, refs, tags), true);
    }

    private void add(Element e, boolean way) {
        if (!pending.isEmpty() && (pendingWays != way || pending.size() >= BLOCK)) {
            flush();
        }
        pendingWays = way;
        pending.add(e);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Integer> strings = new HashMap<>();
        Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder().addS(ByteString.EMPTY);
        Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
        if (pendingWays) {
            for (Element e : pending) {
                Osmformat.Way.Builder w = Osmformat.Way.newBuilder().setId(e.id());
                e.tags().forEach((k, v) -> w.addKeys(index(k, strings, table)).addVals(index(v, strings, table)));
                long prev = 0;
                for (long ref : e.refs()) {
                    w.addRefs(ref - prev);
                    prev = ref;
                }
                group.addWays(w);
            }
        } else {
            Osmformat.DenseNodes.Builder dense = Osmformat.DenseNodes.newBuilder();
            boolean tagged = pending.stream().anyMatch(e -> !e.tags().isEmpty());
            long id = 0;
            long lat = 0;
            long lon = 0;
            for (Element e : pending) {
                long la = Math.round(e.lat() * 1e9 / GRANULARITY);
                long lo = Math.round(e.lon() * 1e9 / GRANULARITY);
                dense.addId(e.id() - id).addLat(la - lat).addLon(lo - lon);
                id = e.id();
                lat = la;
                lon = lo;
                if (tagged) {
                    e.tags().forEach((k, v) -> dense.addKeysVals(index(k, strings, table))
                            .addKeysVals(index(v, strings, table)));
                    dense.addKeysVals(0);
                }
            }
            group.setDense(dense);
        }
        Osmformat.PrimitiveBlock block = Osmformat.PrimitiveBlock.newBuilder().setStringtable(table)
                .addPrimitivegroup(group).setGranularity(GRANULARITY).build();
        write("OSMData", block.toByteString());
        pending.clear();
    }

    private static int index(String s, Map<String, Integer> strings, Osmformat.StringTable.Builder table) {
        return strings.computeIfAbsent(s, k -> {
            table.addS(ByteString.copyFromUtf8(k));
            return table.getSCount() - 1;
        });
    }

    private void write(String type, ByteString data) {
        try {
            out.write(FileBlock.newInstance(type, data, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
