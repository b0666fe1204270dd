package whereabouts.osm;

import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import crosby.binary.file.FileBlock;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Streams the nodes and ways of an OSM PBF file (osmpbf's block parser) to an {@link OsmHandler}. Relations are
 * skipped. A file that ends inside a block is reported as truncated (osmpbf itself takes that for the end).
 */
public final class OsmPbfReader {
    private static final Set<String> UNDERSTOOD = Set.of("OsmSchema-V0.6", "DenseNodes", "HistoricalInformation");

    private OsmPbfReader() {
    }

    public static void read(Path file, OsmHandler handler) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new OsmFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Parser parser = new Parser(handler, file.getFileName().toString());
        try (CountingStream in = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            parser.counter = in;
            new BlockInputStream(in, parser).process();
        } catch (OsmFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new OsmFileException(file.getFileName() + " is not a readable OSM PBF file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        if (parser.blocks == 0 || parser.endOfLastBlock != size) {
            throw new OsmFileException(file.getFileName() + " is a truncated OSM PBF file: its last block ends at byte "
                    + parser.endOfLastBlock + " of " + size);
        }
    }

    private static final class Parser extends BinaryParser {
        private final OsmHandler handler;
        private final String fileName;
        private final DenseTags denseTags = new DenseTags();
        CountingStream counter;
        long endOfLastBlock;
        int blocks;

        Parser(OsmHandler handler, String fileName) {
            this.handler = handler;
            this.fileName = fileName;
        }

        @Override
        public void handleBlock(FileBlock message) {
            super.handleBlock(message);
            blocks++;
            endOfLastBlock = counter.count;
        }

        @Override
        protected void parse(Osmformat.HeaderBlock header) {
            for (String feature : header.getRequiredFeaturesList()) {
                if (!UNDERSTOOD.contains(feature)) {
                    throw new OsmFileException(fileName + " needs a PBF feature this reader lacks: " + feature);
                }
            }
        }

        @Override
        protected void parseDense(Osmformat.DenseNodes dense) {
            long id = 0;
            long lat = 0;
            long lon = 0;
            int kv = 0;
            boolean hasTags = dense.getKeysValsCount() > 0;
            for (int i = 0; i < dense.getIdCount(); i++) {
                id += dense.getId(i);
                lat += dense.getLat(i);
                lon += dense.getLon(i);
                OsmTags tags = OsmTags.NONE;
                if (hasTags) {
                    int start = kv;
                    while (dense.getKeysVals(kv) != 0) {
                        kv += 2;
                    }
                    if (kv > start) {
                        denseTags.set(dense, start, kv);
                        tags = denseTags;
                    }
                    kv++;
                }
                handler.node(id, parseLat(lat), parseLon(lon), tags);
            }
        }

        @Override
        protected void parseNodes(List<Osmformat.Node> nodes) {
            for (Osmformat.Node n : nodes) {
                handler.node(n.getId(), parseLat(n.getLat()), parseLon(n.getLon()),
                        new ListTags(n.getKeysList(), n.getValsList()));
            }
        }

        @Override
        protected void parseWays(List<Osmformat.Way> ways) {
            for (Osmformat.Way w : ways) {
                handler.way(w.getId(), new ListTags(w.getKeysList(), w.getValsList()), () -> {
                    long[] refs = new long[w.getRefsCount()];
                    long ref = 0;
                    for (int i = 0; i < refs.length; i++) {
                        ref += w.getRefs(i);
                        refs[i] = ref;
                    }
                    return refs;
                });
            }
        }

        @Override
        protected void parseRelations(List<Osmformat.Relation> relations) {
            // relations carry nothing the rail import reads
        }

        @Override
        public void complete() {
            // the end is checked against the file size by read()
        }

        private final class DenseTags implements OsmTags {
            private Osmformat.DenseNodes dense;
            private int start;
            private int end;

            void set(Osmformat.DenseNodes d, int from, int to) {
                this.dense = d;
                this.start = from;
                this.end = to;
            }

            @Override
            public String get(String key) {
                for (int i = start; i < end; i += 2) {
                    if (getStringById(dense.getKeysVals(i)).equals(key)) {
                        return getStringById(dense.getKeysVals(i + 1));
                    }
                }
                return null;
            }

            @Override
            public void forEach(BiConsumer<String, String> action) {
                for (int i = start; i < end; i += 2) {
                    action.accept(getStringById(dense.getKeysVals(i)), getStringById(dense.getKeysVals(i + 1)));
                }
            }
        }

        private final class ListTags implements OsmTags {
            private final List<Integer> keys;
            private final List<Integer> vals;

            ListTags(List<Integer> keys, List<Integer> vals) {
                this.keys = keys;
                this.vals = vals;
            }

            @Override
            public String get(String key) {
                for (int i = 0; i < keys.size(); i++) {
                    if (getStringById(keys.get(i)).equals(key)) {
                        return getStringById(vals.get(i));
                    }
                }
                return null;
            }

            @Override
            public void forEach(BiConsumer<String, String> action) {
                for (int i = 0; i < keys.size(); i++) {
                    action.accept(getStringById(keys.get(i)), getStringById(vals.get(i)));
                }
            }
        }
    }

    /** Counts the bytes read, so that the end of each block is known. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
