package whereabouts.service;

/**
 * Something changed in a track.
 *
 * @param sequence   increasing number of the change since the server started
 * @param type       e.g. {@code sighting-created}, {@code sighting-updated}, {@code sighting-deleted},
 *                   {@code track-created}, {@code track-updated}, {@code track-deleted}
 * @param trackId    the track
 * @param sightingId the sighting concerned, or null
 */
public record TrackChange(long sequence, String type, long trackId, Long sightingId) {
}
