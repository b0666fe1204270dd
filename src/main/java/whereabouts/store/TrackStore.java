package whereabouts.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import whereabouts.geo.BoundingBox;
import whereabouts.track.Sighting;
import whereabouts.track.SightingRevision;
import whereabouts.track.Track;
import whereabouts.track.TrackRevision;
import whereabouts.track.TrackDraft;

/**
 * Durable storage of tracks and sightings. Every method is one transaction: when it returns, the change is
 * committed; when it throws, nothing was written. Nothing is ever physically deleted: edits and deletes add a
 * revision, and deleted rows are hidden from the list/find methods. Each write's {@code author} (a user or token
 * name; null when anonymous) is recorded with its revision.
 */
public interface TrackStore extends AutoCloseable {

    /** Creates a track; {@code author} (a user or token name, null when anonymous) is kept in its history. */
    Track createTrack(TrackDraft draft, String author);

    default Track createTrack(TrackDraft draft) {
        return createTrack(draft, null);
    }

    /** Tracks not deleted, oldest first. */
    List<Track> listTracks();

    Optional<Track> findTrack(long trackId);

    /** Replaces the track's editable fields; empty when no such track. */
    Optional<Track> updateTrack(long trackId, TrackDraft draft, String author);

    default Optional<Track> updateTrack(long trackId, TrackDraft draft) {
        return updateTrack(trackId, draft, null);
    }

    /** Soft-deletes the track; false when no such track. */
    boolean deleteTrack(long trackId, String author);

    default boolean deleteTrack(long trackId) {
        return deleteTrack(trackId, null);
    }

    /** All revisions of a track, deleted tracks included, oldest first; empty when it never existed. */
    List<TrackRevision> trackHistory(long trackId);

    /** Number of tracks ever created, deleted ones included. */
    long countAllTracks();

    /**
     * Stores a new sighting. Uses every field of {@code sighting} except {@code id}, {@code revision} and
     * {@code recordedAt}, which the store assigns.
     */
    Sighting insertSighting(Sighting sighting, String author);

    default Sighting insertSighting(Sighting sighting) {
        return insertSighting(sighting, null);
    }

    /** Stores many new sightings in one transaction (as {@link #insertSighting} each); all or none. */
    List<Sighting> insertSightings(List<Sighting> sightings, String author);

    default List<Sighting> insertSightings(List<Sighting> sightings) {
        return insertSightings(sightings, null);
    }

    /** Number of live sightings of a track. */
    long countSightings(long trackId);

    /**
     * Up to {@code limit} live sightings of a track that come after ({@code afterEpochMs}, {@code afterId}) in
     * the order of {@link #listSightings} (keyset paging: start with {@code Long.MIN_VALUE, Long.MIN_VALUE}).
     */
    List<Sighting> listSightingsAfter(long trackId, long afterEpochMs, long afterId, int limit);

    /** Sightings of a track that are not deleted, by observation time then id. */
    List<Sighting> listSightings(long trackId);

    Optional<Sighting> findSighting(long trackId, long sightingId);

    /**
     * Replaces a sighting's fields with those of {@code sighting} (matched by its id and trackId) as a new
     * revision; empty when there is no such live sighting.
     */
    /**
     * Replaces a sighting's fields as a new revision, only when its current revision is {@code expectedRevision}
     * (null: any; otherwise {@link whereabouts.error.RevisionConflictException}); {@code author} (a user or token
     * name, null when anonymous) is kept with the revision. Empty when there is no such live sighting.
     */
    Optional<Sighting> updateSighting(Sighting sighting, Integer expectedRevision, String author);

    default Optional<Sighting> updateSighting(Sighting sighting) {
        return updateSighting(sighting, null, null);
    }

    /** Soft-deletes a sighting as a new revision, under the same conditions as {@link #updateSighting}. */
    Optional<Sighting> deleteSighting(long trackId, long sightingId, Integer expectedRevision, String author);

    /**
     * Brings a deleted sighting back with the fields it had, as a new revision (action "restored"); empty when
     * there is no such deleted sighting.
     */
    Optional<Sighting> restoreSighting(long trackId, long sightingId, String author);

    default Optional<Sighting> deleteSighting(long trackId, long sightingId) {
        return deleteSighting(trackId, sightingId, null, null);
    }

    /** All revisions of a sighting, deleted ones included, oldest first; empty when it never existed. */
    List<SightingRevision> sightingHistory(long trackId, long sightingId);

    /**
     * Live sightings of live tracks, across all tracks, inside {@code box} and observed between {@code from} and
     * {@code to} (each inclusive; null: open), by observation time then id, at most {@code limit}.
     */
    List<Sighting> sightingsIn(BoundingBox box, Instant from, Instant to, int limit);

    @Override
    void close();
}
