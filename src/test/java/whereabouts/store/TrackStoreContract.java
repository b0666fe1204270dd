package whereabouts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import whereabouts.error.RevisionConflictException;
import whereabouts.geo.BoundingBox;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.ResolvedPlace;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.SightingRevision;
import whereabouts.track.Track;
import whereabouts.track.TrackDraft;
import whereabouts.track.TravelMode;

/**
 * What every {@link TrackStore} promises, run against each database Whereabouts supports (H2 and PostgreSQL):
 * a subclass says how to open an empty store; each test gets a new one.
 */
abstract class TrackStoreContract {
    TrackStore store;

    /** A store over a new, empty database. */
    abstract TrackStore openEmptyStore();

    @BeforeEach
    void open() {
        store = openEmptyStore();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static TrackDraft draft(String name) {
        return new TrackDraft(name, "a test track", TravelMode.RAIL, 80);
    }

    static Sighting sighting(long trackId, String observedAt, double lat, double lon, String notes) {
        return new Sighting(0, trackId, 0, OffsetDateTime.parse(observedAt), 30, "Khasan", new LatLon(lat, lon),
                new ResolvedPlace(2022586, "Khasan", "RU", "Asia/Vladivostok"), "at Khasan", 2.5, "TBS",
                "https://example.org/tbs", Confidence.REPORTED, SightingKind.SIGHTING, notes, null);
    }

    /** The fields of an edit of sighting {@code id}. */
    static Sighting edit(long id, long trackId, String observedAt, double lat, double lon, String notes) {
        Sighting s = sighting(trackId, observedAt, lat, lon, notes);
        return new Sighting(id, s.trackId(), 0, s.observedAt(), s.timeUncertaintyMinutes(), s.place(), s.position(),
                s.resolved(), s.locationDescription(), s.locationUncertaintyKm(), s.source(), s.sourceUrl(),
                s.confidence(), s.kind(), s.notes(), null);
    }

    Sighting insert(long trackId, String observedAt, double lat, double lon) {
        return store.insertSighting(sighting(trackId, observedAt, lat, lon, null));
    }

    @Test
    void aTrackIsCreatedFoundUpdatedAndSoftDeletedWithItsHistory() {
        Track t = store.createTrack(draft("Armoured train"));
        assertThat(store.findTrack(t.id())).contains(t);
        assertThat(store.updateTrack(t.id(), new TrackDraft("Renamed", null, TravelMode.ROAD, 60)))
                .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Renamed"));
        assertThat(store.deleteTrack(t.id())).isTrue();
        assertThat(store.deleteTrack(t.id())).isFalse();
        assertThat(store.findTrack(t.id())).isEmpty();
        assertThat(store.listTracks()).isEmpty();
        assertThat(store.countAllTracks()).isEqualTo(1);
        assertThat(store.trackHistory(t.id())).extracting(r -> r.revision() + " " + r.action())
                .containsExactly("1 created", "2 updated", "3 deleted");
        assertThat(store.trackHistory(t.id()).get(1).track().mode()).isEqualTo(TravelMode.ROAD);
        assertThat(store.updateTrack(t.id(), draft("too late"))).isEmpty();
    }

    @Test
    void tracksAreListedOldestFirst() {
        long a = store.createTrack(draft("a")).id();
        long b = store.createTrack(draft("b")).id();
        assertThat(store.listTracks()).extracting(Track::id).containsExactly(a, b);
    }

    @Test
    void aSightingReadsBackAsWritten() {
        long t = store.createTrack(draft("t")).id();
        Sighting in = sighting(t, "2023-09-12T06:00+10:00", 42.42387, 130.65156, "early Tuesday");
        Sighting stored = store.insertSighting(in);
        assertThat(stored.id()).isPositive();
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.recordedAt()).isNotNull();
        assertThat(stored).usingRecursiveComparison().ignoringFields("id", "revision", "recordedAt").isEqualTo(in);
        assertThat(stored.observedAt().toString()).isEqualTo("2023-09-12T06:00+10:00");
        assertThat(store.findSighting(t, stored.id())).contains(stored);
        assertThat(store.findSighting(t + 1, stored.id())).isEmpty();
    }

    @Test
    void sightingsAreListedByObservationTimeThenId() {
        long t = store.createTrack(draft("t")).id();
        long late = insert(t, "2023-09-12T09:00+10:00", 42, 130).id();
        long early = insert(t, "2023-09-10T15:00+09:00", 39, 125).id();
        long sameInstant = insert(t, "2023-09-11T20:00Z", 41, 129).id();
        long sameInstant2 = insert(t, "2023-09-12T05:00+09:00", 41, 129).id();
        assertThat(store.listSightings(t)).extracting(Sighting::id)
                .containsExactly(early, sameInstant, sameInstant2, late);
    }

    @Test
    void editsAndDeletesAddRevisionsAndKeepHistory() {
        long t = store.createTrack(draft("t")).id();
        Sighting s = insert(t, "2023-09-12T06:00+10:00", 42.4, 130.6);
        Sighting edited = store.updateSighting(edit(s.id(), t, "2023-09-12T07:00+10:00", 42.5, 130.7, "later"))
                .orElseThrow();
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(edited.notes()).isEqualTo("later");
        Sighting deleted = store.deleteSighting(t, s.id()).orElseThrow();
        assertThat(deleted.revision()).isEqualTo(3);
        assertThat(store.findSighting(t, s.id())).isEmpty();
        assertThat(store.listSightings(t)).isEmpty();
        List<SightingRevision> history = store.sightingHistory(t, s.id());
        assertThat(history).extracting(r -> r.revision() + " " + r.action())
                .containsExactly("1 created", "2 updated", "3 deleted");
        assertThat(history.get(0).sighting().notes()).isNull();
        assertThat(history.get(1).sighting().notes()).isEqualTo("later");
        assertThat(store.deleteSighting(t, s.id())).isEmpty();
        assertThat(store.updateSighting(edited)).isEmpty();
        assertThat(store.sightingHistory(t, 999_999)).isEmpty();
    }

    @Test
    void anEditOfAStaleRevisionIsRefusedAndWritesNothing() {
        long t = store.createTrack(draft("t")).id();
        Sighting s = insert(t, "2023-09-12T06:00+10:00", 42.4, 130.6);
        store.updateSighting(edit(s.id(), t, "2023-09-12T06:00+10:00", 42.4, 130.6, "first"), 1, "ada");
        assertThatThrownBy(() -> store.updateSighting(
                edit(s.id(), t, "2023-09-12T06:00+10:00", 42.4, 130.6, "second"), 1, "bob"))
                .isInstanceOfSatisfying(RevisionConflictException.class,
                        e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThatThrownBy(() -> store.deleteSighting(t, s.id(), 1, "bob"))
                .isInstanceOf(RevisionConflictException.class);
        assertThat(store.findSighting(t, s.id()).orElseThrow().notes()).isEqualTo("first");
        assertThat(store.sightingHistory(t, s.id())).hasSize(2)
                .extracting(whereabouts.track.SightingRevision::author).containsExactly(null, "ada");
        assertThat(store.deleteSighting(t, s.id(), 2, "ada")).isPresent();
    }

    @Test
    void concurrentEditsOfOneSightingQueueUpAndEachGetsItsOwnRevision() throws Exception {
        long t = store.createTrack(draft("t")).id();
        Sighting s = insert(t, "2023-09-12T06:00+10:00", 42.4, 130.6);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> edits = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String notes = "edit " + i;
                edits.add(pool.submit(() -> store.updateSighting(
                        edit(s.id(), t, "2023-09-12T06:00+10:00", 42.4, 130.6, notes))));
            }
            for (Future<?> f : edits) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.findSighting(t, s.id()).orElseThrow().revision()).isEqualTo(31);
        assertThat(store.sightingHistory(t, s.id())).extracting(SightingRevision::revision)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 31).boxed().toList());
    }

    @Test
    void theBoxQueryFindsLiveSightingsOfLiveTracksInsideTheBoxEdgesIncluded() {
        long a = store.createTrack(draft("a")).id();
        long b = store.createTrack(draft("b")).id();
        long gone = store.createTrack(draft("deleted track")).id();
        long inA = insert(a, "2023-09-12T06:00+10:00", 42.5, 130.5).id();
        long onEdge = insert(b, "2023-09-12T07:00+10:00", 42.0, 131.0).id();
        long corner = insert(b, "2023-09-12T08:00+10:00", 43.0, 130.0).id();
        insert(a, "2023-09-12T09:00+10:00", 41.99, 130.5);        // just south
        insert(b, "2023-09-12T09:00+10:00", 42.5, 131.01);        // just east
        long deleted = insert(a, "2023-09-12T09:00+10:00", 42.5, 130.5).id();
        store.deleteSighting(a, deleted);
        insert(gone, "2023-09-12T09:00+10:00", 42.5, 130.5);
        store.deleteTrack(gone);

        assertThat(store.sightingsIn(new BoundingBox(130, 42, 131, 43), null, null, 100))
                .extracting(Sighting::id).containsExactly(inA, onEdge, corner);
    }

    @Test
    void theBoxQueryFiltersByTimeInclusiveAndLimits() {
        long t = store.createTrack(draft("t")).id();
        long first = insert(t, "2023-09-12T06:00+10:00", 42.5, 130.5).id();
        long second = insert(t, "2023-09-12T07:00+10:00", 42.5, 130.5).id();
        long third = insert(t, "2023-09-12T08:00+10:00", 42.5, 130.5).id();
        BoundingBox box = new BoundingBox(130, 42, 131, 43);
        assertThat(store.sightingsIn(box, Instant.parse("2023-09-11T21:00:00Z"), Instant.parse("2023-09-11T22:00:00Z"),
                100)).extracting(Sighting::id).containsExactly(second, third);
        assertThat(store.sightingsIn(box, null, Instant.parse("2023-09-11T20:59:59Z"), 100))
                .extracting(Sighting::id).containsExactly(first);
        assertThat(store.sightingsIn(box, null, null, 2)).extracting(Sighting::id).containsExactly(first, second);
    }

    /**
     * A point on the lower edge of a wide box, halfway between its corners: the great circle between the corners
     * passes north of it, so a geodesic envelope alone would miss it; every store must find it.
     */
    @Test
    void theBoxIsALatitudeLongitudeBoxNotAGeodesicPolygon() {
        long t = store.createTrack(draft("t")).id();
        long bottomMiddle = insert(t, "2023-09-12T06:00+10:00", 50.0, 0.0).id();
        long topCorner = insert(t, "2023-09-12T07:00+10:00", 60.0, 10.0).id();
        insert(t, "2023-09-12T08:00+10:00", 60.01, 0.0);
        assertThat(store.sightingsIn(new BoundingBox(-10, 50, 10, 60), null, null, 100))
                .extracting(Sighting::id).containsExactly(bottomMiddle, topCorner);
        assertThat(store.sightingsIn(new BoundingBox(-170, 50, 170, 60), null, null, 100))
                .extracting(Sighting::id).containsExactly(bottomMiddle, topCorner);
        assertThat(store.sightingsIn(new BoundingBox(-180, -90, 180, 90), null, null, 100)).hasSize(3);
    }
}
