package whereabouts.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Map;
import whereabouts.auth.AuthService;
import whereabouts.auth.DeviceCookies;
import whereabouts.auth.Principal;
import whereabouts.auth.Role;
import whereabouts.auth.Sessions;
import whereabouts.config.SecurityConfig;

/** {@code /api/session}: who am I (GET), sign in (POST {name, password}), sign out (DELETE). */
final class SessionController {
    private final AuthService auth;
    private final RequestGuard guard;
    private final SecurityConfig config;
    private final BodyReader body;

    SessionController(AuthService auth, RequestGuard guard, SecurityConfig config, BodyReader body) {
        this.auth = auth;
        this.guard = guard;
        this.config = config;
        this.body = body;
    }

    /** What the page needs to know: is sign-in on, who is signed in, what may they do. */
    record SessionView(boolean auth, boolean publicRead, String name, String role, String kind, boolean canRead,
                       boolean canWrite) {
        static SessionView of(SecurityConfig config, Principal p) {
            return new SessionView(config.auth(), config.publicRead(), p.name(),
                    p.role() == null ? null : p.role().wire(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
                    p.may(Role.VIEWER), p.may(Role.EDITOR));
        }
    }

    void get(Context ctx) {
        ctx.json(SessionView.of(config, RequestGuard.principal(ctx)));
    }

    void signIn(Context ctx) {
        Map<String, String> fields = body.fields(ctx);
        String name = fields.get("name");
        String deviceCookie = auth.deviceCookieName(name);
        AuthService.SignedIn s = auth.signIn(name, fields.get("password"), guard.clientAddress(ctx),
                ctx.cookie(deviceCookie));
        ctx.cookie(new Cookie(RequestGuard.SESSION_COOKIE, s.sessionId(), "/", (int) Sessions.LIFETIME.toSeconds(),
                guard.secureCookies(ctx), true, null, SameSite.STRICT));
        // #26: this browser is now a known device for the name; only sign-in reads the cookie
        ctx.cookie(new Cookie(deviceCookie, s.deviceCookie(), "/api/session",
                (int) DeviceCookies.LIFETIME.toSeconds(), guard.secureCookies(ctx), true, null, SameSite.STRICT));
        ctx.json(SessionView.of(config, s.principal()));
    }

    /** {@code DELETE /api/session}; with {@code ?everywhere=true} every session of the signed-in user ends. */
    void signOut(Context ctx) {
        Principal who = RequestGuard.principal(ctx);
        if (Boolean.parseBoolean(ctx.queryParam("everywhere")) && who.kind() == Principal.Kind.USER) {
            auth.signOutEverywhere(who.name());
        }
        auth.signOut(ctx.cookie(RequestGuard.SESSION_COOKIE));
        ctx.cookie(new Cookie(RequestGuard.SESSION_COOKIE, "", "/", 0, guard.secureCookies(ctx), true, null,
                SameSite.STRICT));
        ctx.status(204);
    }
}
