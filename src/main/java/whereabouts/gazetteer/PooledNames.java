package whereabouts.gazetteer;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A place's alternate names as a read-only view of one shared pool of UTF-8 bytes ({@link Pool}), decoded when
 * asked for: the prepared gazetteer's half a million alternate names then cost their bytes and an offset each
 * instead of a String and a byte array each (some 40 bytes of headers per name; issue #22). Equal to any list of the
 * same names ({@link AbstractList#equals}). Immutable and thread-safe once its pool is complete.
 */
final class PooledNames extends AbstractList<String> implements RandomAccess {
    private final Pool pool;
    private final int first;
    private final int count;

    private PooledNames(Pool pool, int first, int count) {
        this.pool = pool;
        this.first = first;
        this.count = count;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return pool.string(first + index);
    }

    @Override
    public int size() {
        return count;
    }

    /** Names appended one after another; {@link #names} hands out views of consecutive runs of them. */
    static final class Pool {
        private byte[] bytes = new byte[1 << 16];
        private int[] start = new int[1 << 12];
        private int size;

        /** Appends the first {@code len} bytes of {@code utf8} (one name in UTF-8); returns the name's number. */
        int add(byte[] utf8, int len) {
            if (size + 1 >= start.length) {
                start = Arrays.copyOf(start, start.length * 2);
            }
            int at = start[size];
            if (at + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + len));
            }
            System.arraycopy(utf8, 0, bytes, at, len);
            start[++size] = at + len;
            return size - 1;
        }

        /** Number of names added so far. */
        int size() {
            return size;
        }

        /** The names {@code first} … {@code first + count - 1} as a list. */
        java.util.List<String> names(int first, int count) {
            return count == 0 ? java.util.List.of() : new PooledNames(this, first, count);
        }

        /** Drops the spare capacity; call once all names are in, before the pool is shared. */
        void trim() {
            bytes = Arrays.copyOf(bytes, start[size]);
            start = Arrays.copyOf(start, size + 1);
        }

        private String string(int i) {
            return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
        }
    }
}
