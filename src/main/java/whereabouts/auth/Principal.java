package whereabouts.auth;

/**
 * Who is making a request.
 *
 * @param name the user or token name; null for an anonymous request
 * @param role what they may do; null for an anonymous request when sign-in is on
 * @param kind how they identified themselves
 */
public record Principal(String name, Role role, Kind kind) {
    /** How a request was identified. */
    public enum Kind { USER, TOKEN, ANONYMOUS }

    /** Someone who did not sign in, allowed {@code role} (null: nothing). */
    public static Principal anonymous(Role role) {
        return new Principal(null, role, Kind.ANONYMOUS);
    }

    public boolean may(Role needed) {
        return role != null && role.includes(needed);
    }

    public boolean identified() {
        return kind != Kind.ANONYMOUS;
    }

    /** The name recorded as a revision's author: the user or token name, null when anonymous. */
    public String author() {
        return identified() ? name : null;
    }
}
