package whereabouts.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import whereabouts.error.AccessException;
import whereabouts.error.InvalidInputException;
import whereabouts.store.UserStore;

/**
 * Accounts and credentials: adding users and tokens (the command line), signing in (rate-limited per client
 * address and per user name), and finding who a Bearer token or a session belongs to.
 */
public final class AuthService {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    /** The token prefix, so a leaked token is recognisable in logs and secret scanners. */
    public static final String TOKEN_PREFIX = "wbt_";

    private final UserStore users;
    private final Sessions sessions;
    private final RateLimiter failuresByAddress;
    private final RateLimiter failuresByName;
    /** #26: failures of browsers that carry a device cookie for the name, per device (OWASP device cookies). */
    private final RateLimiter failuresByDevice;
    private final DeviceCookies devices;
    /** A real bcrypt hash to compare against when the user does not exist, so both cases take as long. */
    private final String decoyHash = Credentials.hashPassword("decoy-password-never-used");

    public AuthService(UserStore users, int signInFailuresPerHour) {
        this.users = users;
        this.sessions = new Sessions(users, Clock.systemUTC());
        this.failuresByAddress = new RateLimiter(signInFailuresPerHour, Duration.ofHours(1), 100_000);
        this.failuresByName = new RateLimiter(signInFailuresPerHour, Duration.ofHours(1), 100_000);
        this.failuresByDevice = new RateLimiter(signInFailuresPerHour, Duration.ofHours(1), 100_000);
        this.devices = new DeviceCookies(users.serverSecret("device-cookies", Credentials.newSecret("")));
    }

    /** Adds a user or gives an existing one a new role and password; true when the user is new. */
    public boolean putUser(String name, Role role, String password) {
        return putUser(name, role, password, null);
    }

    /**
     * As {@link #putUser(String, Role, String)}; a changed password or role ends the user's sessions, all but
     * {@code keepSessionId} (the session of whoever made the change, when it is the user themself; null: all).
     */
    public boolean putUser(String name, Role role, String password, String keepSessionId) {
        checkName(name);
        String problem = Credentials.passwordProblem(password);
        if (problem != null) {
            throw new InvalidInputException("password", problem);
        }
        boolean created = users.putUser(name, role, Credentials.hashPassword(password));
        int ended = created ? 0 : sessions.closeAllOf(name, keepSessionId);
        SecurityLog.accountChange(created ? "user_added" : "user_changed", name, role.wire(),
                created ? null : ended + " other session(s) ended");
        return created;
    }

    /** Removes a user and ends their sessions; false when there was no such user. */
    public boolean removeUser(String name) {
        checkName(name);
        boolean removed = users.removeUser(name);
        if (removed) {
            SecurityLog.accountChange("user_removed", name, null, "all sessions ended");
        }
        return removed;
    }

    /** Removes a token; it stops working at once. False when there was no such token. */
    public boolean removeToken(String name) {
        checkName(name);
        boolean removed = users.removeToken(name);
        if (removed) {
            SecurityLog.accountChange("token_removed", name, null, null);
        }
        return removed;
    }

    /** Ends every session of {@code userName} ("sign out everywhere"); returns how many were open. */
    public int signOutEverywhere(String userName) {
        int ended = sessions.closeAllOf(userName, null);
        SecurityLog.accountChange("signed_out_everywhere", userName, null, ended + " session(s) ended");
        return ended;
    }

    /** Creates (or replaces) the token called {@code name} and returns it; only its hash is stored. */
    public String createToken(String name, Role role) {
        checkName(name);
        String token = Credentials.newSecret(TOKEN_PREFIX);
        boolean created = users.putToken(name, role, Credentials.tokenHash(token));
        SecurityLog.accountChange(created ? "token_created" : "token_replaced", name, role.wire(), null);
        return token;
    }

    public long countUsers() {
        return users.countUsers();
    }

    /** The cookie in which a browser keeps its device cookie for {@code name} (#26). */
    public String deviceCookieName(String name) {
        return devices.cookieName(name == null ? "" : name);
    }

    /**
     * Checks a name and password and opens a session; returns the session id and a fresh device cookie. Failed
     * attempts from a browser whose {@code deviceCookie} was issued for this name count against that device alone;
     * all other attempts ("unknown devices") count against the client address and the name. Past the limit every
     * attempt of that kind gets a 429, right or wrong, while a known device can still sign in.
     */
    public SignedIn signIn(String name, String password, String clientAddress, String deviceCookie) {
        String nameKey = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        Optional<String> device = name == null ? Optional.empty() : devices.deviceOf(deviceCookie, nameKey);
        long wait = device.isPresent() ? failuresByDevice.waitSeconds(device.get())
                : Math.max(failuresByAddress.waitSeconds(clientAddress), failuresByName.waitSeconds(nameKey));
        if (wait > 0) {
            SecurityLog.lockout(name, clientAddress, wait, device.isPresent()
                    ? "too many failed sign-ins from this device" : "too many failed sign-ins from unknown devices");
            throw AccessException.rateLimited("Too many failed sign-ins; try again in " + wait + " s.", wait);
        }
        Optional<UserStore.StoredUser> user = name == null ? Optional.empty() : users.findUser(name);
        boolean ok = Credentials.passwordMatches(password, user.map(UserStore.StoredUser::passwordHash).orElse(decoyHash))
                && user.isPresent();
        if (!ok) {
            if (device.isPresent()) {
                failuresByDevice.take(device.get());
            } else {
                failuresByAddress.take(clientAddress);
                failuresByName.take(nameKey);
            }
            SecurityLog.signInFailed(name, clientAddress, (user.isPresent() ? "wrong password" : "unknown user")
                    + (device.isPresent() ? " (known device)" : ""));
            throw AccessException.unauthenticated("Wrong user name or password.");
        }
        Principal p = new Principal(user.get().name(), user.get().role(), Principal.Kind.USER);
        return new SignedIn(sessions.open(p), p, devices.issue(nameKey));
    }

    /** A session id, who it belongs to, and the device cookie to give the browser (#26). */
    public record SignedIn(String sessionId, Principal principal, String deviceCookie) {
    }

    /** Who a session belongs to, with the user's current role (a changed role applies at once). */
    public Optional<Principal> session(String sessionId) {
        return sessions.find(sessionId).map(u -> new Principal(u.name(), u.role(), Principal.Kind.USER));
    }

    public void signOut(String sessionId) {
        sessions.close(sessionId);
    }

    /** Who a Bearer token belongs to; empty when it is unknown or replaced. */
    public Optional<Principal> token(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return users.findToken(Credentials.tokenHash(token))
                .map(t -> new Principal(t.name(), t.role(), Principal.Kind.TOKEN));
    }

    private static void checkName(String name) {
        whereabouts.util.HiddenCharacters.check("name", "The name", name); // said in its own words (#26)
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "A name has 1 to 64 letters, digits, '.', '_', '@' or '-',"
                    + " starting with a letter or digit.");
        }
    }
}
