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
                    LOG.info("no alert for {}: {}", change, e.toString()); // e.g. the track was deleted meanwhile
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
        List<Leg> adjacent = new ArrayList<>(2);
        if (index > 0) {
            adjacent.add(trajectory.legs().get(index - 1));
        }
        if (index < trajectory.legs().size()) {
            adjacent.add(trajectory.legs().get(index));
        }
        for (Leg leg : adjacent) {
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

    /**
     * The parts of the pair's possible windows not known before (at least a minute long), remembering the new
     * answer. Without a memory of the pair (after a restart), the windows around the new sighting count as new.
     */
    private List<MeetingWindow> newWindows(long trackId, long other, long aroundFrom, long aroundTo) {
        String key = Math.min(trackId, other) + ":" + Math.max(trackId, other);
        Alibi alibi = meetings.meetings(List.of(trackId, other), MEETING_WITHIN_KM).get(0);
        List<long[]> before = known.get(key);
        known.put(key, alibi.possible().stream()
                .map(w -> new long[] {w.from().toEpochMilli(), w.to().toEpochMilli()}).toList());
        List<long[]> covered = before != null ? before : List.of(new long[] {Long.MIN_VALUE, aroundFrom},
                new long[] {aroundTo, Long.MAX_VALUE});
        List<MeetingWindow> out = new ArrayList<>();
        for (MeetingWindow w : alibi.possible()) {
            for (long[] part : uncovered(w.from().toEpochMilli(), w.to().toEpochMilli(), covered)) {
                if (part[1] - part[0] >= 60_000) {
                    out.add(new MeetingWindow(java.time.Instant.ofEpochMilli(part[0]),
                            java.time.Instant.ofEpochMilli(part[1]), w.closestKm(), w.closestAt(), w.closestA(),
                            w.closestB(), w.stretchA(), w.stretchB()));
                }
            }
        }
        return out;
    }

    /** [from, to] minus the union of {@code covered} (each [from, to]), as disjoint pieces in order. */
    static List<long[]> uncovered(long from, long to, List<long[]> covered) {
        List<long[]> sorted = covered.stream().sorted(java.util.Comparator.comparingLong(k -> k[0])).toList();
        List<long[]> out = new ArrayList<>();
        long at = from;
        for (long[] k : sorted) {
            if (k[1] < at || k[0] > to) {
                continue;
            }
            if (k[0] > at) {
                out.add(new long[] {at, k[0]});
            }
            at = Math.max(at, k[1]);
            if (at >= to) {
                return out;
            }
        }
        if (at < to) {
            out.add(new long[] {at, to});
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
