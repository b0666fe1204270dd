package whereabouts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL {@code LISTEN/NOTIFY} on one channel: every server on the same database hears what any of them
 * sends. A daemon thread holds one connection that listens (and opens a new one if it is lost); sending uses a
 * pooled connection.
 */
public final class PgChangeChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeChannel.class);
    static final String CHANNEL = "whereabouts_changes";
    private static final int POLL_MS = 250;
    private static final long RETRY_MS = 1000;

    private final DataSource dataSource;
    private final Thread listener;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;

    PgChangeChannel(DataSource dataSource, Consumer<String> onPayload) {
        this.dataSource = dataSource;
        this.listener = new Thread(() -> listen(onPayload), "pg-listen");
        listener.setDaemon(true);
    }

    /** Starts listening and returns once LISTEN is in place (a notification sent after this is heard). */
    PgChangeChannel start() {
        listener.start();
        try {
            if (!listening.await(30, TimeUnit.SECONDS)) {
                LOG.warn("LISTEN is not in place yet; changes made on other servers may be missed until it is");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** Sends one notification (after the caller's transaction committed: NOTIFY is transactional). */
    public void send(String payload) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            c.setAutoCommit(true);
            ps.setString(1, CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        } catch (SQLException e) {
            LOG.warn("Could not notify the other servers of a change: {}", e.getMessage());
        }
    }

    /** Whether the calling thread is the one delivering notifications to {@code onPayload}. */
    public boolean isDeliveryThread() {
        return Thread.currentThread() == listener;
    }

    private void listen(Consumer<String> onPayload) {
        while (!closed) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                st.execute("LISTEN " + CHANNEL);
                listening.countDown();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] received = pg.getNotifications(POLL_MS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            deliver(onPayload, n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    LOG.warn("Lost the LISTEN connection ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void deliver(Consumer<String> onPayload, String payload) {
        try {
            onPayload.accept(payload);
        } catch (RuntimeException e) {
            LOG.warn("A change notification could not be handled: {}", payload, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
    }
}
