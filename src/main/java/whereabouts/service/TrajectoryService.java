package whereabouts.service;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import whereabouts.track.PositionEstimate;
import whereabouts.track.PositionEstimator;
import whereabouts.track.Trajectory;
import whereabouts.track.TrajectoryBuilder;

/**
 * A track's trajectory and the position at any instant. Each trajectory is built once per change to its track
 * and cached: every {@link TrackChange} on the {@link ChangeFeed} for a track (sighting created, updated or
 * deleted; track updated or deleted) drops its cached trajectory, and the next request rebuilds it.
 *
 * <p>Races: a change may arrive while a trajectory is being built from the data read before it; the
 * {@link PerTrackCache} never serves such a stale build.
 *
 * <p>Warm-up: {@value #WARM_UP_DELAY_MS} ms after the last change to a track (a burst of changes, such as an
 * import, schedules one build), the trajectory is rebuilt in the background, so that the map page's next request
 * finds it ready instead of paying for the build.
 */
public final class TrajectoryService implements AutoCloseable {
    private final TrackService tracks;
    private final TrajectoryBuilder builder;
    private final PositionEstimator estimator;
    private final whereabouts.track.likely.LikelyBandModel likely = new whereabouts.track.likely.LikelyBandModel();
    private final PerTrackCache<Trajectory> cache = new PerTrackCache<>();
    private final Runnable unsubscribe;
    /** Delay of the background rebuild after the last change to a track, milliseconds. */
    static final long WARM_UP_DELAY_MS = 300;
    private final ScheduledExecutorService warmUp = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trajectory-warm-up");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ScheduledFuture<?>> pendingWarmUps = new ConcurrentHashMap<>();

    public TrajectoryService(TrackService tracks, TrajectoryBuilder builder, PositionEstimator estimator,
                             ChangeFeed changes) {
        this.tracks = tracks;
        this.builder = builder;
        this.estimator = estimator;
        this.unsubscribe = changes.subscribe(this::invalidate);
    }

    /**
     * The track's trajectory, from the cache when the track has not changed since it was built.
     *
     * @throws whereabouts.error.NotFoundException when there is no such track
     */
    public Trajectory trajectory(long trackId) {
        // a request and the background warm-up may build the same generation at once: both get the first stored
        return cache.get(trackId, () -> builder.build(tracks.track(trackId), tracks.sightings(trackId)));
    }

    /** Whether the track's current trajectory is built and cached (e.g. by the background warm-up). */
    public boolean isReady(long trackId) {
        return cache.isCurrent(trackId);
    }

    /**
     * Where the track's subject is estimated to be at {@code at}.
     *
     * @throws whereabouts.error.NotFoundException when there is no such track
     */
    public PositionEstimate position(long trackId, Instant at) {
        return estimator.estimate(trajectory(trackId), at);
    }

    /**
     * The position at {@code at} with its likely band (issue 21; the band is null where there is none).
     *
     * @throws whereabouts.error.NotFoundException when there is no such track
     */
    public LikelyPosition likelyPosition(long trackId, Instant at) {
        Trajectory trajectory = trajectory(trackId);
        PositionEstimate e = estimator.estimate(trajectory, at);
        return new LikelyPosition(e, likely.band(trajectory, e));
    }

    /** A position estimate and its likely band (null when there is none). */
    public record LikelyPosition(PositionEstimate estimate, whereabouts.track.likely.LikelyBand band) {
    }

    /** Where the subject of {@code trajectory} is estimated to be at {@code at}. */
    public PositionEstimate position(Trajectory trajectory, Instant at) {
        return estimator.estimate(trajectory, at);
    }

    private void invalidate(TrackChange change) {
        long trackId = change.trackId();
        cache.invalidate(trackId);
        if (!change.type().equals("track-deleted")) {
            ScheduledFuture<?> next = warmUp.schedule(() -> warm(trackId), WARM_UP_DELAY_MS, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> previous = pendingWarmUps.put(trackId, next);
            if (previous != null) {
                previous.cancel(false);
            }
        }
    }

    private void warm(long trackId) {
        try {
            trajectory(trackId);
        } catch (RuntimeException e) {
            // the track was deleted meanwhile, or the store is closing: the next request will say so
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        warmUp.shutdownNow();
    }
}
