package whereabouts.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import whereabouts.error.InvalidInputException;
import whereabouts.error.NotFoundException;

/**
 * The estimated positions of several tracks at one instant (issue 21: the page's time slider moves every track on
 * the map with one request instead of one per track). Each position is the one {@code /api/tracks/{id}/position}
 * gives, from the same cached trajectory.
 */
public final class TrackSetPositions {
    /** Tracks per request at most: the page shows up to twenty, with room to spare. */
    public static final int MAX_TRACKS = 50;

    private final TrajectoryService trajectories;

    public TrackSetPositions(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    /** One track's position (with its likely band) at the asked instant. */
    public record TrackPosition(long trackId, TrajectoryService.LikelyPosition position) {
    }

    /**
     * @param trackIds 1 to {@value #MAX_TRACKS} distinct track ids
     * @return one position per track, in the order given
     * @throws InvalidInputException for no track, too many, or a repeated id
     * @throws NotFoundException     when a track does not exist (field {@code tracks})
     */
    public List<TrackPosition> at(List<Long> trackIds, Instant at) {
        if (new LinkedHashSet<>(trackIds).size() != trackIds.size()) {
            throw new InvalidInputException("tracks", "tracks lists a track twice: give each track once.");
        }
        if (trackIds.isEmpty() || trackIds.size() > MAX_TRACKS) {
            throw new InvalidInputException("tracks", "Give 1 to " + MAX_TRACKS + " track ids (" + trackIds.size()
                    + " given).");
        }
        List<TrackPosition> out = new ArrayList<>(trackIds.size());
        for (long id : trackIds) {
            try {
                out.add(new TrackPosition(id, trajectories.likelyPosition(id, at)));
            } catch (NotFoundException e) {
                throw new NotFoundException("tracks", "No track with id " + id + ".");
            }
        }
        return out;
    }
}
