package whereabouts.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import whereabouts.error.InvalidInputException;
import whereabouts.error.NotFoundException;
import whereabouts.track.Trajectory;
import whereabouts.track.meeting.Alibi;
import whereabouts.track.meeting.AlibiQuery;
import whereabouts.track.meeting.TrackPrisms;

/**
 * Could these subjects have met? The alibi query ({@link AlibiQuery}) for every pair among 2 to
 * {@value #MAX_TRACKS} tracks, on their cached trajectories. Each track's prisms are prepared once per
 * trajectory (a change to the track builds a new trajectory, and so new prisms). Thread-safe.
 */
public final class MeetingService {
    /** Most tracks one request may compare (45 pairs). */
    public static final int MAX_TRACKS = 10;
    /** Largest {@code withinKm} accepted: half the Earth's circumference, km. */
    public static final double MAX_WITHIN_KM = 20_000;

    private final TrajectoryService trajectories;
    private final AlibiQuery query = new AlibiQuery();
    private final Map<Long, Prepared> prepared = new ConcurrentHashMap<>();

    private record Prepared(Trajectory trajectory, TrackPrisms prisms) {
    }

    public MeetingService(TrajectoryService trajectories) {
        this.trajectories = trajectories;
    }

    /**
     * @param trackIds 2 to {@value #MAX_TRACKS} distinct track ids
     * @param withinKm how close counts as a possible meeting, km, 0 to {@value #MAX_WITHIN_KM}
     * @return one answer per pair (i &lt; j, in the order the ids were given)
     * @throws InvalidInputException for too few or too many tracks, a repeated id, or a bad distance
     * @throws NotFoundException     when a track does not exist
     */
    public List<Alibi> meetings(List<Long> trackIds, double withinKm) {
        Set<Long> distinct = new LinkedHashSet<>(trackIds);
        if (distinct.size() != trackIds.size()) {
            throw new InvalidInputException("tracks", "tracks lists a track twice: give each track once.");
        }
        if (trackIds.size() < 2) {
            throw new InvalidInputException("tracks", "A meeting needs two tracks: give at least two track ids, "
                    + "comma-separated (tracks=1,2).");
        }
        if (trackIds.size() > MAX_TRACKS) {
            throw new InvalidInputException("tracks", "At most " + MAX_TRACKS + " tracks can be compared at once ("
                    + trackIds.size() + " given).");
        }
        if (!(withinKm >= 0 && withinKm <= MAX_WITHIN_KM)) {
            throw new InvalidInputException("withinKm", "withinKm must be a distance in km from 0 to "
                    + (int) MAX_WITHIN_KM + ".");
        }
        List<TrackPrisms> prisms = new ArrayList<>(trackIds.size());
        for (long id : trackIds) {
            prisms.add(prismsOf(id));
        }
        List<Alibi> out = new ArrayList<>();
        for (int i = 0; i < prisms.size(); i++) {
            for (int j = i + 1; j < prisms.size(); j++) {
                out.add(query.between(prisms.get(i), prisms.get(j), withinKm));
            }
        }
        return out;
    }

    private TrackPrisms prismsOf(long trackId) {
        Trajectory trajectory;
        try {
            trajectory = trajectories.trajectory(trackId);
        } catch (NotFoundException e) {
            throw new NotFoundException("tracks", "No track with id " + trackId + ".");
        }
        Prepared p = prepared.get(trackId);
        if (p == null || p.trajectory() != trajectory) {
            p = new Prepared(trajectory, TrackPrisms.of(trajectory));
            prepared.put(trackId, p);
        }
        return p.prisms();
    }
}
