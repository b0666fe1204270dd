package whereabouts.http;

import java.util.Map;
import java.util.function.Function;
import whereabouts.util.LruMap;

/**
 * The JSON bytes of the latest value served per track, reused while the service hands out the <em>same
 * instance</em> (the services cache a track's sightings and trajectory until the track changes, so an unchanged
 * track is serialized once, not once per client and request). Keeps the {@value #TRACKS} most recently served
 * tracks. Thread-safe.
 */
final class SerializedByIdentity {
    static final int TRACKS = 16;

    /** Writes a value as JSON bytes. */
    @FunctionalInterface
    interface Writer {
        byte[] write(Object value) throws Exception;
    }

    private record Entry(Object value, byte[] json) {
    }

    private final Writer writer;
    private final Map<Long, Entry> entries = new LruMap<>(TRACKS);

    SerializedByIdentity(Writer writer) {
        this.writer = writer;
    }

    /** The JSON bytes of {@code body.apply(value)}, serialized only when {@code value} is a new instance. */
    <T> byte[] json(long trackId, T value, Function<? super T, ?> body) throws Exception {
        synchronized (entries) {
            Entry e = entries.get(trackId);
            if (e != null && e.value() == value) {
                return e.json();
            }
        }
        byte[] json = writer.write(body.apply(value));
        synchronized (entries) {
            entries.put(trackId, new Entry(value, json));
        }
        return json;
    }
}
