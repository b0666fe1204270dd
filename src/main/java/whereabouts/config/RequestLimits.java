package whereabouts.config;

import java.time.Duration;
import java.util.Map;

/**
 * Limits that keep one client from holding the server: the time budget of heavy requests (extraction, import,
 * routing, export), how many may run at once per principal and per server, how many wait, and event streams.
 * Keys and defaults are in {@link ConfigKey}.
 *
 * @param heavyBudget          longest a heavy request may work before it answers 503
 * @param heavyPerPrincipal    heavy requests one user, token or address may have running (429 beyond)
 * @param heavyPerServer       heavy requests running at once on this server
 * @param heavyQueue           heavy requests that may wait for a free slot (503 beyond)
 * @param heavyQueueWait       longest a heavy request waits for a slot before it answers 503
 * @param streamsPerPrincipal  open event streams per user, token or address (429 beyond)
 * @param heartbeat            how often an open event stream is sent a keep-alive and re-checks its credential
 */
public record RequestLimits(Duration heavyBudget, int heavyPerPrincipal, int heavyPerServer, int heavyQueue,
                            Duration heavyQueueWait, int streamsPerPrincipal, Duration heartbeat) {

    public RequestLimits {
        if (heavyPerPrincipal < 1 || heavyPerServer < 1 || heavyQueue < 0 || streamsPerPrincipal < 1
                || heavyBudget.isNegative() || heavyBudget.isZero() || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("request limits must be positive");
        }
    }

    public static RequestLimits defaults() {
        return fromEnv(Map.of());
    }

    public static RequestLimits fromEnv(Map<String, String> env) {
        return new RequestLimits(Duration.ofMillis(millis(env, ConfigKey.HEAVY_BUDGET_MS)),
                number(env, ConfigKey.HEAVY_PER_PRINCIPAL), number(env, ConfigKey.HEAVY_PER_SERVER),
                number(env, ConfigKey.HEAVY_QUEUE), Duration.ofMillis(millis(env, ConfigKey.HEAVY_QUEUE_WAIT_MS)),
                number(env, ConfigKey.STREAMS_PER_PRINCIPAL),
                Duration.ofMillis(millis(env, ConfigKey.EVENTS_HEARTBEAT_MS)));
    }

    public RequestLimits withHeavy(Duration budget, int perPrincipal, int perServer, int queue) {
        return new RequestLimits(budget, perPrincipal, perServer, queue, heavyQueueWait, streamsPerPrincipal, heartbeat);
    }

    public RequestLimits withStreams(int perPrincipal, Duration every) {
        return new RequestLimits(heavyBudget, heavyPerPrincipal, heavyPerServer, heavyQueue, heavyQueueWait,
                perPrincipal, every);
    }

    private static long millis(Map<String, String> env, ConfigKey key) {
        return number(env, key);
    }

    private static int number(Map<String, String> env, ConfigKey key) {
        String v = key.valueIn(env);
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.envVar() + " must be a whole number, got '" + v + "'", e);
        }
    }
}
