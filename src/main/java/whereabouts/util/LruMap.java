package whereabouts.util;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries, forgetting the least recently used (read or written) one
 * first. Not thread-safe: callers synchronize on it.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    public LruMap(int capacity) {
        super(Math.min(capacity, 1024) * 2, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
