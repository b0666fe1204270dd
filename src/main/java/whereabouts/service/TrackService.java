package whereabouts.service;

import java.util.List;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.error.NotFoundException;
import whereabouts.geo.LatLon;
import whereabouts.store.TrackStore;
import whereabouts.track.AreaQuery;
import whereabouts.track.DateTimeField;
import whereabouts.track.FutureTime;
import whereabouts.track.Sighting;
import whereabouts.track.SightingDraft;
import whereabouts.track.SightingRevision;
import whereabouts.track.SightingValidator;
import whereabouts.track.Track;
import whereabouts.track.TrackDraft;
import whereabouts.track.TrackRevision;
import whereabouts.track.TrackValidator;

/**
 * Tracks and their sightings: validation, place resolution, storage and change notification. Validation and
 * resolution happen before anything is written, so a rejected request changes nothing.
 */
public final class TrackService {
    private final TrackStore store;
    private final PlaceResolver resolver;
    private final ChangeFeed changes;
    /** Each track's live sightings (an unmodifiable list), read from the store once per change. */
    private final PerTrackCache<List<Sighting>> sightingLists = new PerTrackCache<>();
    /** True while this thread publishes a change it has already applied to {@link #sightingLists}. */
    private final ThreadLocal<Boolean> publishingApplied = ThreadLocal.withInitial(() -> false);

    public TrackService(TrackStore store, PlaceResolver resolver, ChangeFeed changes) {
        this.store = store;
        this.resolver = resolver;
        this.changes = changes;
        // changes made by other servers on the same database arrive through the feed too (SharedChanges)
        changes.subscribe(c -> {
            if (!publishingApplied.get()) {
                sightingLists.invalidate(c.trackId());
            }
        });
    }

    public List<Track> listTracks() {
        return store.listTracks();
    }

    public Track track(long trackId) {
        return store.findTrack(trackId).orElseThrow(() -> trackNotFound(trackId));
    }

    public Track createTrack(Map<String, String> fields) {
        return createTrack(fields, null);
    }

    /** Creates a track; {@code author} (user or token name, null when anonymous) goes into its history. */
    public Track createTrack(Map<String, String> fields, String author) {
        Track t = store.createTrack(TrackValidator.validate(fields), author);
        changes.publish("track-created", t.id(), null);
        return t;
    }

    public Track updateTrack(long trackId, Map<String, String> fields) {
        return updateTrack(trackId, fields, null);
    }

    public Track updateTrack(long trackId, Map<String, String> fields, String author) {
        TrackDraft draft = TrackValidator.validate(fields);
        Track t = store.updateTrack(trackId, draft, author).orElseThrow(() -> trackNotFound(trackId));
        sightingLists.invalidate(trackId);
        changes.publish("track-updated", trackId, null);
        return t;
    }

    public void deleteTrack(long trackId) {
        deleteTrack(trackId, null);
    }

    public void deleteTrack(long trackId, String author) {
        if (!store.deleteTrack(trackId, author)) {
            throw trackNotFound(trackId);
        }
        sightingLists.invalidate(trackId);
        changes.publish("track-deleted", trackId, null);
    }

    /** Every revision of a track, also after it was deleted (nothing is lost). */
    public List<TrackRevision> trackHistory(long trackId) {
        List<TrackRevision> history = store.trackHistory(trackId);
        if (history.isEmpty()) {
            throw trackNotFound(trackId);
        }
        return history;
    }

    /** The track's live sightings in time order; an unmodifiable list, the same one until the track changes. */
    public List<Sighting> sightings(long trackId) {
        track(trackId);
        return liveSightings(trackId);
    }

    /** Number of live sightings of the track, counted in the store (the list is not loaded). */
    public long countSightings(long trackId) {
        track(trackId);
        return store.countSightings(trackId);
    }

    /**
     * The track's live sightings in time order, read from the store page by page as they are iterated, so that
     * a track of any size is walked in constant memory. Each iteration reads afresh.
     */
    public Iterable<Sighting> sightingsInPages(long trackId, int pageSize) {
        track(trackId);
        return () -> new java.util.Iterator<>() {
            private java.util.Iterator<Sighting> page = java.util.Collections.emptyIterator();
            private long afterEpochMs = Long.MIN_VALUE;
            private long afterId = Long.MIN_VALUE;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<Sighting> next = store.listSightingsAfter(trackId, afterEpochMs, afterId, pageSize);
                    exhausted = next.size() < pageSize;
                    if (!next.isEmpty()) {
                        Sighting last = next.get(next.size() - 1);
                        afterEpochMs = last.instant().toEpochMilli();
                        afterId = last.id();
                    }
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Sighting next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    public Sighting sighting(long trackId, long sightingId) {
        track(trackId);
        return store.findSighting(trackId, sightingId).orElseThrow(() -> sightingNotFound(sightingId));
    }

    public Sighting addSighting(long trackId, Map<String, String> fields) {
        return addSighting(trackId, fields, null);
    }

    public Sighting addSighting(long trackId, Map<String, String> fields, String author) {
        return saveNew(candidate(trackId, null, fields), author);
    }

    /**
     * The sighting a save of {@code fields} would store, validated and resolved, stored nowhere: a new one
     * ({@code sightingId} null, id 0) or a new revision of sighting {@code sightingId}.
     */
    public Sighting candidate(long trackId, Long sightingId, Map<String, String> fields) {
        if (sightingId == null) {
            track(trackId);
        } else {
            sighting(trackId, sightingId);
        }
        SightingDraft draft = SightingValidator.validate(fields);
        ResolvedLocation loc = resolver.resolve(draft, () -> latestPosition(trackId, sightingId));
        Sighting candidate = toSighting(sightingId == null ? 0 : sightingId, trackId, draft, loc);
        checkArrivedBy(trackId, withTime(draft, candidate), sightingId);
        return candidate;
    }

    /** Stores a {@link #candidate} made with no sighting id. */
    public Sighting saveNew(Sighting candidate, String author) {
        long trackId = candidate.trackId();
        Sighting stored = store.insertSighting(candidate, author);
        sightingLists.apply(trackId, SightingListChange.upsert(stored));
        publishApplied("sighting-created", trackId, stored.id());
        return stored;
    }

    public Sighting updateSighting(long trackId, long sightingId, Map<String, String> fields) {
        return updateSighting(trackId, sightingId, fields, null, null);
    }

    /**
     * An edit that only applies to revision {@code ifRevision} (null: any; else RevisionConflictException), made by
     * {@code author} (null when anonymous).
     */
    public Sighting updateSighting(long trackId, long sightingId, Map<String, String> fields, Integer ifRevision,
            String author) {
        return saveEdit(candidate(trackId, sightingId, fields), ifRevision, author);
    }

    /** Stores a {@link #candidate} made for an existing sighting as its new revision. */
    public Sighting saveEdit(Sighting candidate, Integer ifRevision, String author) {
        long trackId = candidate.trackId();
        long sightingId = candidate.id();
        Sighting stored = store.updateSighting(candidate, ifRevision, author)
                .orElseThrow(() -> sightingNotFound(sightingId));
        sightingLists.apply(trackId, SightingListChange.upsert(stored));
        publishApplied("sighting-updated", trackId, sightingId);
        return stored;
    }

    /** Brings a deleted sighting back as it was, as a new revision ("restored") of the same sighting. */
    public Sighting restoreSighting(long trackId, long sightingId, String author) {
        track(trackId);
        Sighting restored = store.restoreSighting(trackId, sightingId, author)
                .orElseThrow(() -> new NotFoundException("sightingId", "No deleted sighting with id " + sightingId
                        + " in this track."));
        sightingLists.apply(trackId, SightingListChange.upsert(restored));
        publishApplied("sighting-created", trackId, sightingId);
        return restored;
    }

    /** The track's live sightings other than {@code exceptId} (null: all), in time order. */
    public List<Sighting> otherSightings(long trackId, Long exceptId) {
        return liveSightings(trackId).stream().filter(s -> exceptId == null || s.id() != exceptId).toList();
    }

    public Sighting deleteSighting(long trackId, long sightingId) {
        return deleteSighting(trackId, sightingId, null, null);
    }

    /** A delete under the same conditions as {@link #updateSighting(long, long, Map, Integer, String)}. */
    public Sighting deleteSighting(long trackId, long sightingId, Integer ifRevision, String author) {
        track(trackId);
        Sighting deleted = store.deleteSighting(trackId, sightingId, ifRevision, author)
                .orElseThrow(() -> sightingNotFound(sightingId));
        sightingLists.apply(trackId, SightingListChange.remove(sightingId));
        publishApplied("sighting-deleted", trackId, sightingId);
        return deleted;
    }

    public List<SightingRevision> history(long trackId, long sightingId) {
        track(trackId);
        List<SightingRevision> history = store.sightingHistory(trackId, sightingId);
        if (history.isEmpty()) {
            throw sightingNotFound(sightingId);
        }
        return history;
    }

    /** Live sightings of every live track inside a box and time window ({@code GET /api/sightings}). */
    public List<Sighting> sightingsIn(Map<String, String> params) {
        AreaQuery q = AreaQuery.parse(params);
        return store.sightingsIn(q.box(), q.from(), q.to(), q.limit());
    }

    /** Position of the track's latest live sighting other than {@code exceptId}, or null. */
    private LatLon latestPosition(long trackId, Long exceptId) {
        List<Sighting> sightings = liveSightings(trackId);
        for (int i = sightings.size() - 1; i >= 0; i--) {
            if (exceptId == null || sightings.get(i).id() != exceptId) {
                return sightings.get(i).position();
            }
        }
        return null;
    }

    /**
     * Publishes a change already applied to the cached sightings list, so that this service's own listener
     * (there for other servers' changes) does not drop the list it has just brought up to date.
     */
    private void publishApplied(String type, long trackId, long sightingId) {
        publishingApplied.set(true);
        try {
            changes.publish(type, trackId, sightingId);
        } finally {
            publishingApplied.set(false);
        }
    }

    private List<Sighting> liveSightings(long trackId) {
        return sightingLists.get(trackId, () -> List.copyOf(store.listSightings(trackId)));
    }

    /**
     * Stores sightings (built with {@link #toSighting}) in one transaction, then announces one change
     * ({@code sightings-imported}); the list is empty or every sighting is stored.
     */
    public List<Sighting> addSightings(long trackId, List<Sighting> sightings, String author) {
        track(trackId);
        if (sightings.isEmpty()) {
            return List.of();
        }
        List<Sighting> stored = store.insertSightings(sightings, author);
        sightingLists.invalidate(trackId);
        changes.publish("sightings-imported", trackId, null);
        return stored;
    }

    /**
     * {@code arrivedBy} says how the subject reached a sighting from the one before: a sighting that would be the
     * track's first (no live sighting earlier than it, other than {@code editedId}) has no leg to say it of.
     * (Should an earlier sighting be deleted later, the mode of the new first one is kept but routes no leg.)
     */
    /** The draft with the time the candidate resolved (a time typed without offset, read at the place). */
    private static SightingDraft withTime(SightingDraft d, Sighting candidate) {
        return new SightingDraft(candidate.observedAt(), d.timeUncertaintyMinutes(), d.place(), d.lat(), d.lon(),
                d.locationUncertaintyKm(), d.source(), d.sourceUrl(), d.confidence(), d.kind(), d.notes(),
                d.arrivedBy(), null);
    }

    private void checkArrivedBy(long trackId, SightingDraft d, Long editedId) {
        if (d.arrivedBy() == null || d.kind() != whereabouts.track.SightingKind.SIGHTING) {
            return;
        }
        boolean earlier = sightings(trackId).stream().anyMatch(s -> s.kind() == whereabouts.track.SightingKind.SIGHTING
                && (editedId == null || s.id() != editedId) && s.instant().isBefore(d.observedAt().toInstant()));
        if (!earlier) {
            throw new InvalidInputException("arrivedBy", "arrivedBy says how the subject reached this place from "
                    + "the sighting before it, but this would be the track's first sighting; leave arrivedBy out.");
        }
    }

    /**
     * The sighting to store from a draft and its resolved place. A time typed without an offset is read in the
     * place's time zone; a sighting later than now is refused.
     */
    static Sighting toSighting(long id, long trackId, SightingDraft typed, ResolvedLocation loc) {
        SightingDraft d = typed;
        if (typed.observedLocal() != null) {
            String zone = loc.resolved() == null ? null : loc.resolved().timezone();
            if (zone == null) {
                throw new InvalidInputException("missing_offset", "observedAt", "observedAt '"
                        + typed.observedLocal() + "' has no UTC offset and the time zone of the place is not known: "
                        + "add the offset, " + DateTimeField.EXAMPLE + ".");
            }
            d = typed.atZone(java.time.ZoneId.of(zone));
            FutureTime.check(d, java.time.Clock.systemUTC()).ifPresent(p -> {
                throw new InvalidInputException(p.code(), p.field(), p.message());
            });
        }
        return new Sighting(id, trackId, 0, d.observedAt(), d.timeUncertaintyMinutes(), d.place(), loc.position(),
                loc.resolved(), loc.description(), d.locationUncertaintyKm(), d.source(), d.sourceUrl(),
                d.confidence(), d.kind(), d.notes(), null, d.arrivedBy());
    }

    private static NotFoundException trackNotFound(long trackId) {
        return new NotFoundException("trackId", "No track with id " + trackId + ".");
    }

    private static NotFoundException sightingNotFound(long sightingId) {
        return new NotFoundException("sightingId", "No sighting with id " + sightingId + " in this track.");
    }
}
