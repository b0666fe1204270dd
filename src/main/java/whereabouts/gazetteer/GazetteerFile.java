package whereabouts.gazetteer;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.LatLon;

/**
 * The prepared gazetteer: its places and its {@link NameIndex} (keys, postings, trie) as compact binary arrays,
 * written once at build time ({@code whereabouts.PrepareGeodata}, Maven's process-classes phase) and read at start
 * instead of parsing the TSV files, folding every name and rebuilding the trie — the way Photon and Pelias ship a
 * prepared index rather than the raw dump. Reading is bulk copies of primitive arrays and UTF-8 decoding.
 *
 * <p>Format (big-endian): magic {@code WHGZ}, version; a pool of the short strings that repeat (feature codes,
 * countries, admin codes, time zones, sources); the places (id, name, lat, lon, pooled fields, population,
 * alternate names); then the index arrays in the order of the {@link NameIndex} constructor. Version 2 keeps no key
 * strings (the trie spells them) and one int per key for where it ends in the trie instead of one per node.
 */
public final class GazetteerFile {
    private static final int MAGIC = 0x5748475A; // "WHGZ"
    private static final int VERSION = 2;
    private static final int BUFFER_BYTES = 1 << 16;

    private GazetteerFile() {
    }

    /** Writes {@code gazetteer} (places and index as built). Does not close {@code out}. */
    public static void write(Gazetteer gazetteer, OutputStream out) {
        try {
            DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            List<Place> places = gazetteer.places();
            Map<String, Integer> pool = new HashMap<>();
            List<String> poolList = new ArrayList<>();
            for (Place p : places) {
                for (String s : List.of(p.featureCode(), p.countryCode(), p.admin1(), p.timezone(), p.source())) {
                    pool.computeIfAbsent(s, k -> {
                        poolList.add(k);
                        return poolList.size() - 1;
                    });
                }
            }
            d.writeInt(poolList.size());
            for (String s : poolList) {
                writeString(d, s);
            }
            d.writeInt(places.size());
            for (Place p : places) {
                d.writeLong(p.geonameId());
                writeString(d, p.name());
                d.writeDouble(p.location().lat());
                d.writeDouble(p.location().lon());
                for (String s : List.of(p.featureCode(), p.countryCode(), p.admin1(), p.timezone(), p.source())) {
                    d.writeInt(pool.get(s));
                }
                d.writeLong(p.population());
                d.writeInt(p.alternateNames().size());
                for (String a : p.alternateNames()) {
                    writeString(d, a);
                }
            }
            NameIndex x = gazetteer.nameIndex();
            writeInts(d, x.postStart);
            writeInts(d, x.postPlace);
            writeChars(d, x.postName);
            writeFloats(d, x.keyBest);
            writeInts(d, x.placeKeyStart);
            writeInts(d, x.placeKeys);
            NameTrie t = x.trie;
            writeChars(d, t.label);
            writeInts(d, t.end);
            writeInts(d, t.keyNode);
            d.writeInt(t.maxLen.length);
            for (short v : t.maxLen) {
                d.writeShort(v);
            }
            writeFloats(d, t.best);
            d.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a gazetteer written by {@link #write}. Closes {@code in}. Reads through a buffer of
     * {@value #BUFFER_BYTES} bytes, so that the start needs no more memory than the arrays themselves.
     */
    public static Gazetteer read(InputStream in) {
        try (Reader b = new Reader(in)) {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IllegalStateException("not a prepared gazetteer of version " + VERSION
                        + " (rebuild with mvn package)");
            }
            String[] pool = new String[b.getInt()];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = b.string();
            }
            int n = b.getInt();
            List<Place> places = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long id = b.getLong();
                String name = b.string();
                LatLon at = new LatLon(b.getDouble(), b.getDouble());
                String feature = pool[b.getInt()];
                String country = pool[b.getInt()];
                String admin1 = pool[b.getInt()];
                String timezone = pool[b.getInt()];
                String source = pool[b.getInt()];
                long population = b.getLong();
                String[] alternates = new String[b.getInt()];
                for (int j = 0; j < alternates.length; j++) {
                    alternates[j] = b.string();
                }
                places.add(new Place(id, name, at, feature, country, admin1, population, timezone,
                        List.of(alternates), source));
            }
            int[] postStart = b.ints();
            int[] postPlace = b.ints();
            char[] postName = b.chars();
            float[] keyBest = b.floats();
            int[] placeKeyStart = b.ints();
            int[] placeKeys = b.ints();
            NameTrie trie = new NameTrie(b.chars(), b.ints(), b.ints(), b.shorts(), b.floats());
            if (in.read() >= 0 || b.buffered()) {
                throw new IllegalStateException("prepared gazetteer is longer than its arrays");
            }
            return Gazetteer.withIndex(places, new NameIndex(postStart, postPlace, postName, keyBest,
                    placeKeyStart, placeKeys, trie));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalStateException("not a prepared gazetteer of version " + VERSION + " (truncated)", e);
        }
    }

    /** Big-endian reads through a fixed buffer refilled from the stream. */
    private static final class Reader implements AutoCloseable {
        private final ReadableByteChannel in;
        private final ByteBuffer buf = ByteBuffer.allocate(BUFFER_BYTES);

        Reader(InputStream in) {
            this.in = Channels.newChannel(in);
            buf.limit(0);
        }

        /** Makes at least {@code n} (at most the buffer's size) bytes available. */
        private ByteBuffer need(int n) throws IOException {
            if (buf.remaining() < n) {
                buf.compact();
                while (buf.position() < n) {
                    if (in.read(buf) < 0) {
                        throw new java.nio.BufferUnderflowException();
                    }
                }
                buf.flip();
            }
            return buf;
        }

        boolean buffered() {
            return buf.hasRemaining();
        }

        int getInt() throws IOException {
            return need(4).getInt();
        }

        long getLong() throws IOException {
            return need(8).getLong();
        }

        double getDouble() throws IOException {
            return need(8).getDouble();
        }

        String string() throws IOException {
            int len = getInt();
            byte[] bytes = new byte[len];
            for (int at = 0; at < len; ) {
                int step = Math.min(len - at, BUFFER_BYTES);
                need(step).get(bytes, at, step);
                at += step;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int[] ints() throws IOException {
            int[] a = new int[getInt()];
            for (int at = 0; at < a.length; ) {
                int step = Math.min(a.length - at, BUFFER_BYTES / 4);
                ByteBuffer b = need(4 * step);
                b.asIntBuffer().get(a, at, step);
                b.position(b.position() + 4 * step);
                at += step;
            }
            return a;
        }

        char[] chars() throws IOException {
            char[] a = new char[getInt()];
            for (int at = 0; at < a.length; ) {
                int step = Math.min(a.length - at, BUFFER_BYTES / 2);
                ByteBuffer b = need(2 * step);
                b.asCharBuffer().get(a, at, step);
                b.position(b.position() + 2 * step);
                at += step;
            }
            return a;
        }

        short[] shorts() throws IOException {
            short[] a = new short[getInt()];
            for (int at = 0; at < a.length; ) {
                int step = Math.min(a.length - at, BUFFER_BYTES / 2);
                ByteBuffer b = need(2 * step);
                b.asShortBuffer().get(a, at, step);
                b.position(b.position() + 2 * step);
                at += step;
            }
            return a;
        }

        float[] floats() throws IOException {
            float[] a = new float[getInt()];
            for (int at = 0; at < a.length; ) {
                int step = Math.min(a.length - at, BUFFER_BYTES / 4);
                ByteBuffer b = need(4 * step);
                b.asFloatBuffer().get(a, at, step);
                b.position(b.position() + 4 * step);
                at += step;
            }
            return a;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(bytes.length);
        d.write(bytes);
    }


    private static void writeInts(DataOutputStream d, int[] a) throws IOException {
        d.writeInt(a.length);
        for (int v : a) {
            d.writeInt(v);
        }
    }


    private static void writeChars(DataOutputStream d, char[] a) throws IOException {
        d.writeInt(a.length);
        for (char v : a) {
            d.writeChar(v);
        }
    }


    private static void writeFloats(DataOutputStream d, float[] a) throws IOException {
        d.writeInt(a.length);
        for (float v : a) {
            d.writeFloat(v);
        }
    }

}
