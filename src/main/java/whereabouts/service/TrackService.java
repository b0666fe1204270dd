package whereabouts.service;

import java.util.List;
import java.util.Map;
import whereabouts.error.NotFoundException;
import whereabouts.geo.LatLon;
import whereabouts.store.TrackStore;
import whereabouts.track.AreaQuery;
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

    public TrackService(TrackStore store, PlaceResolver resolver, ChangeFeed changes) {
        this.store = store;
        this.resolver = resolver;
        this.changes = changes;
        // changes made by other servers on the same database arrive through the feed too (SharedChanges)
        changes.subscribe(c -> sightingLists.invalidate(c.trackId()));
    }

    public List<Track> listTracks() {
        return store.listTracks();
    }

    public Track track(long trackId) {
        return store.findTrack(trackId).orElseThrow(() -> trackNotFound(trackId));
    }

    public Track createTrack(Map<String, String> fields) {
        Track t = store.createTrack(TrackValidator.validate(fields));
        changes.publish("track-created", t.id(), null);
        return t;
    }

    public Track updateTrack(long trackId, Map<String, String> fields) {
        TrackDraft draft = TrackValidator.validate(fields);
        Track t = store.updateTrack(trackId, draft).orElseThrow(() -> trackNotFound(trackId));
        sightingLists.invalidate(trackId);
        changes.publish("track-updated", trackId, null);
        return t;
    }

    public void deleteTrack(long trackId) {
        if (!store.deleteTrack(trackId)) {
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

    public Sighting sighting(long trackId, long sightingId) {
        track(trackId);
        return store.findSighting(trackId, sightingId).orElseThrow(() -> sightingNotFound(sightingId));
    }

    public Sighting addSighting(long trackId, Map<String, String> fields) {
        track(trackId);
        SightingDraft draft = SightingValidator.validate(fields);
        ResolvedLocation loc = resolver.resolve(draft, () -> latestPosition(trackId, null));
        Sighting stored = store.insertSighting(toSighting(0, trackId, draft, loc));
        sightingLists.invalidate(trackId);
        changes.publish("sighting-created", trackId, stored.id());
        return stored;
    }

    public Sighting updateSighting(long trackId, long sightingId, Map<String, String> fields) {
        return updateSighting(trackId, sightingId, fields, null);
    }

    /** An edit that only applies to revision {@code ifRevision} (null: any); else RevisionConflictException. */
    public Sighting updateSighting(long trackId, long sightingId, Map<String, String> fields, Integer ifRevision) {
        sighting(trackId, sightingId);
        SightingDraft draft = SightingValidator.validate(fields);
        ResolvedLocation loc = resolver.resolve(draft, () -> latestPosition(trackId, sightingId));
        Sighting stored = store.updateSighting(toSighting(sightingId, trackId, draft, loc), ifRevision)
                .orElseThrow(() -> sightingNotFound(sightingId));
        sightingLists.invalidate(trackId);
        changes.publish("sighting-updated", trackId, sightingId);
        return stored;
    }

    public Sighting deleteSighting(long trackId, long sightingId) {
        return deleteSighting(trackId, sightingId, null);
    }

    /** A delete that only applies to revision {@code ifRevision} (null: any); else RevisionConflictException. */
    public Sighting deleteSighting(long trackId, long sightingId, Integer ifRevision) {
        track(trackId);
        Sighting deleted = store.deleteSighting(trackId, sightingId, ifRevision).orElseThrow(() -> sightingNotFound(sightingId));
        sightingLists.invalidate(trackId);
        changes.publish("sighting-deleted", trackId, sightingId);
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

    private List<Sighting> liveSightings(long trackId) {
        return sightingLists.get(trackId, () -> List.copyOf(store.listSightings(trackId)));
    }

    private static Sighting toSighting(long id, long trackId, SightingDraft d, ResolvedLocation loc) {
        return new Sighting(id, trackId, 0, d.observedAt(), d.timeUncertaintyMinutes(), d.place(), loc.position(),
                loc.resolved(), loc.description(), d.locationUncertaintyKm(), d.source(), d.sourceUrl(),
                d.confidence(), d.kind(), d.notes(), null);
    }

    private static NotFoundException trackNotFound(long trackId) {
        return new NotFoundException("trackId", "No track with id " + trackId + ".");
    }

    private static NotFoundException sightingNotFound(long sightingId) {
        return new NotFoundException("sightingId", "No sighting with id " + sightingId + " in this track.");
    }
}
