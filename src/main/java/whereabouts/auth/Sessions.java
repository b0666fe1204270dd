package whereabouts.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import whereabouts.store.UserStore;

/**
 * Signed-in browser sessions: a random id (the cookie's value) → who signed in, until it expires. They are kept in
 * the database (only the id's hash), so every server sharing it knows them and a restart signs nobody out.
 */
public final class Sessions {
    /** How long a session lasts after sign-in. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final UserStore store;
    private final Clock clock;

    public Sessions(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new session for the user {@code principal}; returns its id. */
    public String open(Principal principal) {
        Instant now = clock.instant();
        String id = Credentials.newSecret("");
        store.openSession(Credentials.tokenHash(id), principal.name(), now, now.plus(LIFETIME));
        return id;
    }

    /** The user of an open, unexpired session, as stored now (a changed role applies at once). */
    public Optional<UserStore.StoredUser> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 200) {
            return Optional.empty();
        }
        return store.findSession(Credentials.tokenHash(id), clock.instant());
    }

    /** Ends every session of {@code userName} but the one with id {@code keepId} (null: all). */
    public int closeAllOf(String userName, String keepId) {
        String keep = keepId == null || keepId.isEmpty() || keepId.length() > 200 ? null : Credentials.tokenHash(keepId);
        return store.closeSessionsOf(userName, keep);
    }

    public void close(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 200) {
            store.closeSession(Credentials.tokenHash(id));
        }
    }
}
