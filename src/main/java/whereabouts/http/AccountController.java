package whereabouts.http;

import io.javalin.http.Context;
import java.util.Map;
import whereabouts.auth.AuthService;
import whereabouts.auth.Role;
import whereabouts.error.InvalidInputException;

/** {@code /api/users} and {@code /api/tokens} (admins only): the command line's user add and token create. */
final class AccountController {
    private final AuthService auth;
    private final BodyReader body;

    AccountController(AuthService auth, BodyReader body) {
        this.auth = auth;
        this.body = body;
    }

    /** One user or token as answered (never a password or a stored hash). */
    record AccountView(String name, String role, boolean created) {
    }

    /** A new token, shown once. */
    record TokenView(String name, String role, String token) {
    }

    void putUser(Context ctx) {
        Map<String, String> f = body.fields(ctx);
        Role role = role(f.get("role"));
        boolean self = f.get("name") != null && f.get("name").equals(RequestGuard.principal(ctx).name())
                && RequestGuard.principal(ctx).kind() == whereabouts.auth.Principal.Kind.USER;
        boolean created = auth.putUser(f.get("name"), role, f.get("password"),
                self ? ctx.cookie(RequestGuard.SESSION_COOKIE) : null); // other sessions of the user end
        ctx.status(created ? 201 : 200).json(new AccountView(f.get("name"), role.wire(), created));
    }

    void createToken(Context ctx) {
        Map<String, String> f = body.fields(ctx);
        Role role = role(f.get("role"));
        String token = auth.createToken(f.get("name"), role);
        ctx.status(201).json(new TokenView(f.get("name"), role.wire(), token));
    }

    /** {@code DELETE /api/users/{name}}: the user is removed and signed out everywhere. */
    void removeUser(Context ctx) {
        if (!auth.removeUser(ctx.pathParam("name"))) {
            throw new whereabouts.error.NotFoundException("user", "There is no user '" + ctx.pathParam("name") + "'.");
        }
        ctx.status(204);
    }

    /** {@code DELETE /api/tokens/{name}}: the token stops working at once. */
    void removeToken(Context ctx) {
        if (!auth.removeToken(ctx.pathParam("name"))) {
            throw new whereabouts.error.NotFoundException("token", "There is no token '" + ctx.pathParam("name") + "'.");
        }
        ctx.status(204);
    }

    private static Role role(String value) {
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "The role must be viewer, editor or admin.");
        }
    }
}
