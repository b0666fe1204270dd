package whereabouts.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import whereabouts.util.LruMap;

/**
 * A token bucket per key (client address, user name …): {@code perPeriod} events per {@code period}, refilled
 * gradually. Remembers the most recently used {@code maxKeys} keys, so a flood of new keys cannot exhaust memory.
 */
public final class RateLimiter {
    private final int perPeriod;
    private final Duration period;
    private final LruMap<String, Bucket> buckets;

    public RateLimiter(int perPeriod, Duration period, int maxKeys) {
        this.perPeriod = perPeriod;
        this.period = period;
        this.buckets = new LruMap<>(maxKeys);
    }

    /** Takes one event from {@code key}'s bucket; returns 0 when allowed, else the seconds to wait. */
    public long take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : secondsUntil(probe.getNanosToWaitForRefill());
    }

    /** Seconds until {@code key} may have one event again (0: now), without taking one. */
    public long waitSeconds(String key) {
        Bucket b;
        synchronized (buckets) {
            b = buckets.get(key);
        }
        if (b == null) {
            return 0;
        }
        EstimationProbe probe = b.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : secondsUntil(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perPeriod).refillGreedy(perPeriod, period).build())
                    .build());
        }
    }

    private static long secondsUntil(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
