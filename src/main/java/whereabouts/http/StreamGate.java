package whereabouts.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import whereabouts.error.AccessException;

/**
 * #26: how many event streams each principal (user, token, or address when anonymous) may hold open. A stream's
 * place is reserved before the stream opens, while the answer can still be a 429 (Retry-After: one heartbeat, the
 * longest a stream whose credential ended stays open), claimed by the stream when it opens and given back when it
 * closes. A reservation no stream claimed (the request was refused, or was not a GET) is given back after it.
 */
final class StreamGate {
    private static final String KEY = "whereabouts.streamKey";

    private final RequestGuard guard;
    private final int perPrincipal;
    private final long retryAfterSeconds;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    StreamGate(RequestGuard guard, int perPrincipal, Duration heartbeat) {
        this.guard = guard;
        this.perPrincipal = perPrincipal;
        this.retryAfterSeconds = Math.max(1, (heartbeat.toMillis() + 999) / 1000);
    }

    /** Reserves a stream for the request's principal; 429 when it holds {@code perPrincipal} already. */
    void reserve(Context ctx) {
        if (!ctx.method().name().equals("GET")) {
            return;
        }
        String key = guard.limitKey(ctx);
        boolean[] refused = {false};
        open.compute(key, (k, n) -> {
            int count = n == null ? 0 : n;
            if (count >= perPrincipal) {
                refused[0] = true;
                return n;
            }
            return count + 1;
        });
        if (refused[0]) {
            throw AccessException.rateLimited("At most " + perPrincipal + " event streams may be open at once for "
                    + "one user, token or address; close one, or try again in " + retryAfterSeconds + " s.",
                    retryAfterSeconds);
        }
        ctx.attribute(KEY, key);
    }

    /** The opening stream takes over the request's reservation; returns its key (to {@link #release}), or null. */
    String claim(Context ctx) {
        String key = ctx.attribute(KEY);
        ctx.attribute(KEY, null);
        return key;
    }

    /** After the request: gives back a reservation that no stream claimed. */
    void releaseUnclaimed(Context ctx) {
        release(claim(ctx));
    }

    /** Gives back a stream's place. */
    void release(String key) {
        if (key != null) {
            open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Streams open (or about to) for {@code key}. */
    int openFor(String key) {
        return open.getOrDefault(key, 0);
    }
}
