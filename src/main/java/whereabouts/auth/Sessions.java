package whereabouts.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browser sessions, in memory: a random id (the cookie's value) → who signed in, until it expires.
 * A restart signs everyone out.
 */
public final class Sessions {
    /** How long a session lasts after sign-in. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private record Session(Principal principal, Instant expires) {
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for {@code principal}; returns its id. */
    public String open(Principal principal) {
        Instant now = clock.instant();
        byId.values().removeIf(s -> s.expires().isBefore(now)); // forget expired sessions now and then
        String id = Credentials.newSecret("");
        byId.put(id, new Session(principal, now.plus(LIFETIME)));
        return id;
    }

    public Optional<Principal> find(String id) {
        Session s = id == null ? null : byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (s.expires().isBefore(clock.instant())) {
            byId.remove(id);
            return Optional.empty();
        }
        return Optional.of(s.principal());
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }
}
