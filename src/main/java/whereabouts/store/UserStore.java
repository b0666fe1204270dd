package whereabouts.store;

import java.util.Optional;
import whereabouts.auth.Role;

/**
 * Users (name, role, bcrypt hash of the password) and API tokens (name, role, SHA-256 of the token: the token
 * itself is never stored). Every method is one transaction.
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
}
