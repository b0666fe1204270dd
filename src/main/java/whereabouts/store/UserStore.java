package whereabouts.store;

import java.time.Instant;
import java.util.Optional;
import whereabouts.auth.Role;

/**
 * Users (name, role, bcrypt hash of the password), API tokens (name, role, SHA-256 of the token: the token
 * itself is never stored) and browser sessions (SHA-256 of the session id, user, expiry). Every method is one
 * transaction.
 */
public interface UserStore {

    /** A user as stored. */
    record StoredUser(String name, Role role, String passwordHash) {
    }

    /** A token as stored (the hash is the key it is found by). */
    record StoredToken(String name, Role role) {
    }

    /** Adds the user, or gives an existing one this role and password; true when the user is new. */
    boolean putUser(String name, Role role, String passwordHash);

    Optional<StoredUser> findUser(String name);

    /** Adds a token, or replaces the one of that name (the old token stops working); true when the name is new. */
    boolean putToken(String name, Role role, String tokenHash);

    Optional<StoredToken> findToken(String tokenHash);

    long countUsers();

    /**
     * Records a browser session by the hash of its id, open from {@code now} until {@code expires}, and forgets the
     * sessions that expired before {@code now}.
     */
    void openSession(String idHash, String userName, Instant now, Instant expires);

    /** The user of the session with this id hash, if the session is open and has not expired by {@code now}. */
    Optional<StoredUser> findSession(String idHash, Instant now);

    /** Ends the session (signing out); nothing happens when there is none. */
    void closeSession(String idHash);

    /** Ends every session of the user except the one with id hash {@code keepIdHash} (null: all); returns how many. */
    int closeSessionsOf(String userName, String keepIdHash);

    /** Removes the user and ends their sessions; false when there was none. */
    boolean removeUser(String name);

    /** Removes the token of that name (it stops working at once); false when there was none. */
    boolean removeToken(String name);

    /**
     * The shared secret called {@code name}: the stored one, or {@code candidate} stored now when there is none yet
     * (every server sharing the database ends up with the same one).
     */
    String serverSecret(String name, String candidate);
}
