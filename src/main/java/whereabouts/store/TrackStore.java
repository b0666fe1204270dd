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
 * revision, and deleted rows are hidden from the list/find methods.
 */
public interface TrackStore extends AutoCloseable {

    Track createTrack(TrackDraft draft);

    /** Tracks not deleted, oldest first. */
    List<Track> listTracks();

    Optional<Track> findTrack(long trackId);

    /** Replaces the track's editable fields; empty when no such track. */
    Optional<Track> updateTrack(long trackId, TrackDraft draft);

    /** Soft-deletes the track; false when no such track. */
    boolean deleteTrack(long trackId);

    /** All revisions of a track, deleted tracks included, oldest first; empty when it never existed. */
    List<TrackRevision> trackHistory(long trackId);

    /** Number of tracks ever created, deleted ones included. */
    long countAllTracks();

    /**
     * Stores a new sighting. Uses every field of {@code sighting} except {@code id}, {@code revision} and
     * {@code recordedAt}, which the store assigns.
     */
    Sighting insertSighting(Sighting sighting);

    /** Sightings of a track that are not deleted, by observation time then id. */
    List<Sighting> listSightings(long trackId);

    Optional<Sighting> findSighting(long trackId, long sightingId);

    /**
     * Replaces a sighting's fields with those of {@code sighting} (matched by its id and trackId) as a new
     * revision; empty when there is no such live sighting.
     */
    default Optional<Sighting> updateSighting(Sighting sighting) {
        return updateSighting(sighting, null);
    }

    /**
     * As {@link #updateSighting(Sighting)}, but only when the sighting's current revision is
     * {@code expectedRevision} (null: any); otherwise throws {@link whereabouts.error.RevisionConflictException}.
     */
    Optional<Sighting> updateSighting(Sighting sighting, Integer expectedRevision);

    /** Soft-deletes a sighting as a new revision; empty when there is no such live sighting. */
    default Optional<Sighting> deleteSighting(long trackId, long sightingId) {
        return deleteSighting(trackId, sightingId, null);
    }

    /** As {@link #deleteSighting(long, long)}, but only when the current revision is {@code expectedRevision}. */
    Optional<Sighting> deleteSighting(long trackId, long sightingId, Integer expectedRevision);

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
