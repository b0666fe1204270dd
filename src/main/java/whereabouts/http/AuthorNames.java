package whereabouts.http;

import io.javalin.http.Context;
import whereabouts.auth.Principal;
import whereabouts.auth.Role;

/**
 * #26: login names are shown only to those who signed in (or sent a token). An anonymous reader (public read on)
 * sees {@value #SOMEONE} where a history names its author, so a guesser cannot collect the names to lock out or
 * to try passwords on. With sign-in off the loopback user is the owner and sees the names.
 */
final class AuthorNames {
    static final String SOMEONE = "someone";

    private AuthorNames() {
    }

    /** {@code author} as this request may see it: the name, or {@value #SOMEONE} (null stays null). */
    static String shown(Context ctx, String author) {
        Principal who = RequestGuard.principal(ctx);
        return author == null || who.identified() || who.may(Role.ADMIN) ? author : SOMEONE;
    }
}
