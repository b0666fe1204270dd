package whereabouts.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.error.AccessException;
import whereabouts.store.WatchStore;
import whereabouts.track.Leg;
import whereabouts.track.Sighting;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;
import whereabouts.track.meeting.Alibi;
import whereabouts.track.meeting.MeetingWindow;

/**
 * Watched tracks and the alerts they raise (issue 21). A signed-in user watches tracks; when a sighting on a
 * watched track is created or edited, each of its watchers is told (an {@link Alert} to the listeners, which the
 * event stream delivers to that user's open pages) when
 * <ul>
 *   <li>a leg next to the sighting is flagged implausible or contradictory, or</li>
 *   <li>with another track the same user watches, the alibi query ({@link MeetingService}, within
 *       {@value #MEETING_WITHIN_KM} km) now finds a possible meeting window that it had not found before (windows
 *       known are remembered per pair from the last time the pair was looked at: when the user started
 *       watching, or the last change; after a restart, a window around the new sighting counts as new).</li>
 * </ul>
 * The work runs on one background thread, never on the writer's request. Thread-safe.
 */
public final class WatchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WatchService.class);
    /** How close two watched subjects must possibly come to raise a meeting alert, km. */
    public static final double MEETING_WITHIN_KM = 25;

    private final WatchStore store;
    private final TrackService tracks;
    private final TrajectoryService trajectories;
    private final MeetingService meetings;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    /** Possible windows known per pair "a:b" (a &lt; b), as [fromMs, toMs]. */
    private final Map<String, List<long[]>> known = new ConcurrentHashMap<>();
    private final Runnable unsubscribe;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "watch-alerts");
        t.setDaemon(true);
        return t;
    });

    public WatchService(WatchStore store, TrackService tracks, TrajectoryService trajectories,
                        MeetingService meetings, ChangeFeed changes) {
        this.store = store;
        this.tracks = tracks;
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.unsubscribe = changes.subscribe(this::changed);
    }

    /** Registers a listener for alerts; run the returned handle to unsubscribe. */
    public Runnable subscribe(Consumer<Alert> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public List<Long> watched(String user) {
        return store.watchedBy(signedIn(user));
    }

    /** @throws whereabouts.error.NotFoundException when there is no such track */
    public void watch(String user, long trackId) {
        signedIn(user);
        tracks.track(trackId);
        store.watch(user, trackId);
        worker.execute(() -> rememberPairs(user, trackId));
    }

    public void unwatch(String user, long trackId) {
        store.unwatch(signedIn(user), trackId);
    }

    private static String signedIn(String user) {
        if (user == null) {
            throw AccessException.unauthenticated("Sign in (POST /api/session) to watch tracks.");
        }
        return user;
    }

    private void changed(TrackChange change) {
        if (change.sightingId() != null && (change.type().equals("sighting-created")
                || change.type().equals("sighting-updated"))) {
            worker.execute(() -> {
                try {
                    check(change.trackId(), change.sightingId());
                } catch (RuntimeException e) {
                    LOG.debug("no alert for {}: {}", change, e.toString()); // e.g. the track was deleted meanwhile
                }
            });
        }
    }

    private void check(long trackId, long sightingId) {
        List<String> watchers = store.watchersOf(trackId);
        if (watchers.isEmpty()) {
            return;
        }
        Trajectory trajectory = trajectories.trajectory(trackId);
        Track track = trajectory.track();
        List<Sighting> sightings = trajectory.sightings();
        int index = -1;
        for (int i = 0; i < sightings.size(); i++) {
            if (sightings.get(i).id() == sightingId) {
                index = i;
            }
        }
        if (index < 0) {
            return; // an expected destination, not an observation
        }
        List<Alert> alerts = new ArrayList<>();
        for (Leg leg : List.of(index > 0 ? trajectory.legs().get(index - 1) : null,
                index < trajectory.legs().size() ? trajectory.legs().get(index) : null).stream()
                .filter(java.util.Objects::nonNull).toList()) {
            if (leg.flags().any()) {
                for (String user : watchers) {
                    alerts.add(new Alert(user, "implausible", trackId, null, sightingId, null, null,
                            track.name() + ": the new sighting is " + (leg.flags().implausible() ? "implausible"
                                    : "contradictory") + " (" + leg.flags().reason() + ")."));
                }
                break;
            }
        }
        long aroundFrom = trajectory.instantMillis(Math.max(0, index - 1));
        long aroundTo = trajectory.instantMillis(Math.min(sightings.size() - 1, index + 1));
        Set<Long> others = new HashSet<>();
        for (String user : watchers) {
            for (long other : store.watchedBy(user)) {
                if (other != trackId) {
                    others.add(other);
                }
            }
        }
        Map<Long, List<MeetingWindow>> fresh = new ConcurrentHashMap<>();
        for (long other : others) {
            fresh.put(other, newWindows(trackId, other, aroundFrom, aroundTo));
        }
        for (String user : watchers) {
            for (long other : store.watchedBy(user)) {
                for (MeetingWindow w : fresh.getOrDefault(other, List.of())) {
                    alerts.add(new Alert(user, "meeting", trackId, other, sightingId, w.from(), w.to(),
                            String.format(Locale.US, "%s and %s could have met (within %.0f km) between %s and %s.",
                                    track.name(), tracks.track(other).name(), MEETING_WITHIN_KM, w.from(), w.to())));
                }
            }
        }
        alerts.forEach(a -> listeners.forEach(l -> l.accept(a)));
    }

    /** The pair's possible windows not known before (remembering the new answer). */
    private List<MeetingWindow> newWindows(long trackId, long other, long aroundFrom, long aroundTo) {
        String key = Math.min(trackId, other) + ":" + Math.max(trackId, other);
        Alibi alibi = meetings.meetings(List.of(trackId, other), MEETING_WITHIN_KM).get(0);
        List<long[]> before = known.get(key);
        List<long[]> now = alibi.possible().stream()
                .map(w -> new long[] {w.from().toEpochMilli(), w.to().toEpochMilli()}).toList();
        known.put(key, now);
        List<MeetingWindow> out = new ArrayList<>();
        for (MeetingWindow w : alibi.possible()) {
            long from = w.from().toEpochMilli();
            long to = w.to().toEpochMilli();
            boolean seen = before == null ? !(from <= aroundTo && to >= aroundFrom)
                    : before.stream().anyMatch(k -> k[0] <= to && k[1] >= from);
            if (!seen) {
                out.add(w);
            }
        }
        return out;
    }

    private void rememberPairs(String user, long trackId) {
        try {
            for (long other : store.watchedBy(user)) {
                if (other != trackId) {
                    String key = Math.min(trackId, other) + ":" + Math.max(trackId, other);
                    Alibi alibi = meetings.meetings(List.of(trackId, other), MEETING_WITHIN_KM).get(0);
                    known.put(key, alibi.possible().stream()
                            .map(w -> new long[] {w.from().toEpochMilli(), w.to().toEpochMilli()}).toList());
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("could not look at the pairs of {}: {}", trackId, e.toString());
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        worker.shutdownNow();
    }
}
