package whereabouts.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.ResolvedPlace;
import whereabouts.track.Sighting;
import whereabouts.track.SightingKind;
import whereabouts.track.TrackDraft;
import whereabouts.track.TravelMode;

/**
 * Acknowledged sighting inserts a second under N concurrent writers, store level (no HTTP), two ways in the same
 * run: "one transaction per write" (what main does: each writer its own transaction and commit, no fsync on H2)
 * and "group commit" ({@link GroupCommit} through {@link JdbcTrackStore}: one commit and, on H2, one fsync per
 * group). {@code java … WriteThroughputMeasure seconds rounds writers [jdbcUrl]} (default: an H2 file in a temp
 * directory with the shipped URL options).
 */
public final class WriteThroughputMeasure {
    private WriteThroughputMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int writers = Integer.parseInt(args[2]);
        String url = args.length > 3 ? args[3] : "jdbc:h2:file:" + Files.createTempDirectory("wtm").resolve("db")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        String user = url.startsWith("jdbc:h2:") ? "sa" : System.getProperty("user", "postgres");
        try (JdbcTrackStore store = JdbcTrackStore.open(url, user, "");
             HikariDataSource plain = Database.open(url, user, "")) {
            GroupCommit unsynced = new GroupCommit(plain, false);
            long track = store.createTrack(new TrackDraft("bench", null, TravelMode.RAIL, 80), null).id();
            for (int r = 0; r < rounds; r++) {
                double before = measure(seconds, writers, () -> Transactions.run(plain,
                        c -> store.insertSighting(c, sighting(track), null)));
                double grouped = measure(seconds, writers, () -> unsynced.run(
                        c -> store.insertSighting(c, sighting(track), null)));
                double after = measure(seconds, writers, () -> store.insertSighting(sighting(track), null));
                System.out.printf(Locale.ROOT, "round %d, %d writers: one transaction per write %.0f/s, grouped"
                        + " without fsync %.0f/s, group commit (the store: fsync per group on H2) %.0f/s%n", r + 1,
                        writers, before, grouped, after);
            }
        }
    }

    private static double measure(int seconds, int writers, Runnable write) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    write.run();
                    done.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static Sighting sighting(long track) {
        return new Sighting(0, track, 0, OffsetDateTime.parse("2023-09-12T08:00:00+09:00"), 30, "Khasan",
                new LatLon(42.43, 130.64), new ResolvedPlace(2022586, "Khasan", "RU", "Asia/Vladivostok"),
                "at Khasan", 2.5, "bench", null, Confidence.REPORTED, SightingKind.SIGHTING, null, null);
    }
}
