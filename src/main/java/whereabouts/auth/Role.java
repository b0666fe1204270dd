package whereabouts.auth;

import java.util.Locale;

/** What a user or token may do; each role may do everything the roles before it may. */
public enum Role {
    /** reads tracks, sightings and history */
    VIEWER,
    /** also adds, edits and deletes tracks and sightings */
    EDITOR,
    /** also manages users and tokens */
    ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code viewer|editor|admin}; the message names the choices. */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s == null ? "" : s.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be viewer, editor or admin, not '" + s + "'");
    }
}
