package whereabouts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import whereabouts.error.NotFoundException;
import whereabouts.http.TestServer;
import whereabouts.store.JdbcTrackStore;
import whereabouts.track.Sighting;

/** A track's sightings are read from the store once per change, over a real (in-memory H2) store. */
class SightingsPerChangeTest {
    private final JdbcTrackStore store = JdbcTrackStore.open("jdbc:h2:mem:sighting-cache-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final TrackService tracks = new TrackService(store,
            new GazetteerPlaceResolver(TestServer.geodata().gazetteer()), new ChangeFeed());
    private final long trackId = tracks.createTrack(Map.of("name", "Armoured train")).id();

    @AfterEach
    void close() {
        store.close();
    }

    private Sighting report(String observedAt, double lat) {
        return tracks.addSighting(trackId, Map.of("observedAt", observedAt, "lat", Double.toString(lat),
                "lon", "130.6", "source", "test"));
    }

    @Test
    void anUnchangedTrackGivesTheSameListWhichCannotBeModified() {
        report("2023-09-12T06:00+10:00", 42.4);
        var first = tracks.sightings(trackId);
        assertThat(tracks.sightings(trackId)).isSameAs(first);
        assertThatThrownBy(() -> first.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyKindOfWriteIsSeenByTheNextRead() {
        Sighting a = report("2023-09-12T06:00+10:00", 42.4);
        tracks.sightings(trackId);
        Sighting b = report("2023-09-12T09:00+10:00", 42.9);
        assertThat(tracks.sightings(trackId)).extracting(Sighting::id).containsExactly(a.id(), b.id());

        tracks.updateSighting(trackId, b.id(), Map.of("observedAt", "2023-09-12T03:00+10:00", "lat", "41.9",
                "lon", "130.6", "source", "corrected"));
        assertThat(tracks.sightings(trackId)).extracting(Sighting::id).containsExactly(b.id(), a.id());
        assertThat(tracks.sightings(trackId).get(0).source()).isEqualTo("corrected");

        tracks.deleteSighting(trackId, a.id());
        assertThat(tracks.sightings(trackId)).extracting(Sighting::id).containsExactly(b.id());

        tracks.deleteTrack(trackId);
        assertThatThrownBy(() -> tracks.sightings(trackId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void underConcurrentWritesEveryWriterReadsItsOwnSightingBack() throws Exception {
        int writers = 4;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    int seen = 0;
                    for (int i = 0; i < perWriter; i++) {
                        Sighting mine = report("2023-09-12T%02d:%02d+10:00".formatted(writer, i), 42 + writer * 0.1);
                        if (tracks.sightings(trackId).stream().anyMatch(x -> x.id() == mine.id())) {
                            seen++;
                        }
                    }
                    return seen;
                }));
            }
            for (var f : done) {
                assertThat(f.get()).isEqualTo(perWriter);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tracks.sightings(trackId)).hasSize(writers * perWriter);
    }

    @Test
    void aRejectedWriteLeavesTheCachedListAsItWas() {
        report("2023-09-12T06:00+10:00", 42.4);
        var before = tracks.sightings(trackId);
        assertThatThrownBy(() -> tracks.addSighting(trackId, Map.of("observedAt", "yesterday", "lat", "42",
                "lon", "130", "source", "x"))).isNotInstanceOf(NotFoundException.class);
        assertThat(tracks.sightings(trackId)).isSameAs(before);
    }

    /**
     * Writes update the cached list in memory instead of reading the track again (issue #22); under concurrent
     * creates, edits and deletes, with readers in between, the list served stays exactly the store's.
     */
    @Test
    void underConcurrentCreatesEditsAndDeletesTheListServedIsTheStoresList() throws Exception {
        int writers = 6;
        int perWriter = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        Sighting mine = report("2023-09-12T%02d:%02d+10:00".formatted(writer, i % 3 * 7),
                                42 + writer * 0.1);
                        tracks.sightings(trackId);
                        if (i % 3 == 0) {
                            tracks.updateSighting(trackId, mine.id(), Map.of("observedAt",
                                    "2023-09-11T%02d:%02d+10:00".formatted(i, writer), "lat", "41.5", "lon",
                                    "130.6", "source", "edited"));
                        }
                        if (i % 5 == 0) {
                            tracks.deleteSighting(trackId, mine.id());
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Sighting> served = tracks.sightings(trackId);
        assertThat(served).isEqualTo(store.listSightings(trackId));
        assertThat(served).hasSize(writers * (perWriter - perWriter / 5));
    }

    @Test
    void aChangeFromAnotherServerThroughTheFeedIsSeen() {
        ChangeFeed feed = new ChangeFeed();
        TrackService here = new TrackService(store, new GazetteerPlaceResolver(TestServer.geodata().gazetteer()),
                feed);
        report("2023-09-12T06:00+10:00", 42.4);
        assertThat(here.sightings(trackId)).hasSize(1);
        Sighting other = report("2023-09-12T07:00+10:00", 42.5); // written by "another server": tracks, not here
        feed.publish("sighting-created", trackId, other.id());  // what SharedChanges relays
        assertThat(here.sightings(trackId)).extracting(Sighting::id).contains(other.id());
    }
}
