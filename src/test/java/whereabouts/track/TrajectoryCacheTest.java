package whereabouts.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import whereabouts.error.NotFoundException;
import whereabouts.service.ChangeFeed;
import whereabouts.http.TestServer;
import whereabouts.service.GazetteerPlaceResolver;
import whereabouts.service.TrackService;
import whereabouts.service.TrajectoryService;
import whereabouts.store.JdbcTrackStore;

/** The trajectory is built once per change to its track, over a real (in-memory H2) store. */
class TrajectoryCacheTest {
    private final JdbcTrackStore store = JdbcTrackStore.open("jdbc:h2:mem:trajectory-cache-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final ChangeFeed changes = new ChangeFeed();
    private final TrackService tracks = new TrackService(store,
            new GazetteerPlaceResolver(TestServer.geodata().gazetteer()), changes);
    private final TrajectoryService trajectories = new TrajectoryService(tracks,
            new TrajectoryBuilder(new GeodesicLegRouter()), new PositionEstimator(PlaceDescriber.NONE), changes);
    private final long trackId = tracks.createTrack(Map.of("name", "Armoured train")).id();

    @AfterEach
    void close() {
        trajectories.close();
        store.close();
    }

    private void report(String observedAt, double lat, double lon) {
        tracks.addSighting(trackId, Map.of("observedAt", observedAt, "lat", Double.toString(lat),
                "lon", Double.toString(lon), "source", "test", "timeUncertaintyMinutes", "180"));
    }

    @Test
    void anUnchangedTrackIsServedFromTheCache() {
        report("2023-09-10T15:00+09:00", 39.03385, 125.75432);
        report("2023-09-12T06:00+10:00", 42.42387, 130.65156);
        Trajectory first = trajectories.trajectory(trackId);
        assertThat(trajectories.trajectory(trackId)).isSameAs(first);
    }

    @Test
    void aNewSightingRebuildsTheTrajectory() {
        report("2023-09-10T15:00+09:00", 39.03385, 125.75432);
        Trajectory before = trajectories.trajectory(trackId);
        report("2023-09-12T06:00+10:00", 42.42387, 130.65156);
        Trajectory after = trajectories.trajectory(trackId);
        assertThat(before.legs()).isEmpty();
        assertThat(after.legs()).hasSize(1);
    }

    @Test
    void changingTheTracksMaximumSpeedReflagsItsLegs() {
        report("2023-09-10T15:00+09:00", 39.03385, 125.75432);
        report("2023-09-12T06:00+10:00", 42.42387, 130.65156);
        assertThat(trajectories.trajectory(trackId).legs().get(0).flags().implausible()).isFalse();

        tracks.updateTrack(trackId, Map.of("name", "Armoured train", "mode", "rail", "maxSpeedKmh", "10"));

        Trajectory after = trajectories.trajectory(trackId);
        assertThat(after.track().maxSpeedKmh()).isEqualTo(10.0);
        assertThat(after.legs().get(0).flags().implausible()).isTrue();
    }

    @Test
    void aChangeIsFollowedByABackgroundRebuild() {
        report("2023-09-10T15:00+09:00", 39.03385, 125.75432);
        report("2023-09-12T06:00+10:00", 42.42387, 130.65156);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!trajectories.isReady(trackId) && System.nanoTime() < deadline) {
            Thread.yield(); // polls the condition, leaving the core to the warm-up thread
        }
        assertThat(trajectories.isReady(trackId)).as("rebuilt without being asked").isTrue();
        assertThat(trajectories.trajectory(trackId).legs()).hasSize(1);
    }

    @Test
    void aDeletedTrackIsNotFound() {
        trajectories.trajectory(trackId);
        tracks.deleteTrack(trackId);
        assertThatThrownBy(() -> trajectories.trajectory(trackId)).isInstanceOf(NotFoundException.class);
    }
}
