package whereabouts.http;

import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import whereabouts.auth.AuthService;
import whereabouts.auth.Principal;
import whereabouts.auth.RateLimiter;
import whereabouts.auth.Role;
import whereabouts.config.ConfigKey;
import whereabouts.config.SecurityConfig;
import whereabouts.error.AccessException;

/**
 * Runs before every handler (static files included), in this order: security headers on the answer; the Host
 * check (421, against DNS rebinding); the Origin/Referer check on writes (403, against cross-site requests);
 * who is asking (Bearer token or session cookie); whether their role may (401/403); the write rate limit (429).
 * A refused request never reaches a handler, so it changes nothing.
 */
public final class RequestGuard {
    static final String SESSION_COOKIE = "whereabouts_session";
    private static final String PRINCIPAL = "whereabouts.principal";
    private static final String PRESENTED = "whereabouts.presented";
    private static final String OSM_TILES = "https://tile.openstreetmap.org";
    /** The content policy: our own scripts only, no inline script, no framing. OSM tiles for the online layer. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: " + OSM_TILES + "; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final SecurityConfig config;
    private final Set<String> hostNames = new HashSet<>();
    private final AuthService auth;
    private final RateLimiter writes;

    /**
     * @param bindHost the interface the server listens on; a specific address is one of the server's names
     */
    public RequestGuard(SecurityConfig config, String bindHost, AuthService auth) {
        this.config = config;
        this.auth = auth;
        this.writes = new RateLimiter(config.writesPerMinute(), Duration.ofMinutes(1), 100_000);
        hostNames.addAll(Set.of("localhost", "127.0.0.1", "::1"));
        if (config.publicUrl() != null) {
            hostNames.add(hostName(config.publicUrl().getHost()));
        }
        String bind = hostName(bindHost);
        if (!bind.equals("0.0.0.0") && !bind.equals("::") && !bind.isEmpty()) {
            hostNames.add(bind);
        }
    }

    /** Who made the request (set by the guard before any handler ran). */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        return p == null ? Principal.anonymous(null) : p;
    }

    /**
     * What a request identified itself with (#26): who it was then, and the session id or token that said so
     * (null when anonymous), so a long-lived answer (an event stream) can check later that it still holds.
     */
    record Presented(Principal principal, String secret) {
        @Override
        public String toString() {
            return "Presented[" + principal + "]"; // never the secret, not even in a log line
        }
    }

    /** The credential the request presented (set by the guard before any handler ran). */
    static Presented presented(Context ctx) {
        Presented p = ctx.attribute(PRESENTED);
        return p == null ? new Presented(principal(ctx), null) : p;
    }

    /**
     * Whether a credential presented earlier still stands for the same principal: the session is open and unexpired,
     * the token not removed or replaced, the role unchanged. An anonymous request's "credential" always stands.
     */
    boolean stillValid(Presented p) {
        if (p.secret() == null) {
            return true;
        }
        Optional<Principal> now = p.principal().kind() == Principal.Kind.TOKEN ? auth.token(p.secret())
                : auth.session(p.secret());
        return now.isPresent() && now.get().equals(p.principal());
    }

    /** The key of per-principal limits: the user or token, or the client's address when anonymous. */
    String limitKey(Context ctx) {
        Principal who = principal(ctx);
        return who.identified() ? who.kind() + ":" + who.name() : "ip:" + clientAddress(ctx);
    }

    /** The name to record as the author of a change made by this request; null when anonymous. */
    static String author(Context ctx) {
        return principal(ctx).author();
    }

    /**
     * The client's address for rate limits and the security log. {@code X-Forwarded-For} is believed only from a
     * trusted proxy ({@link ConfigKey#TRUSTED_PROXIES}, none by default; #26): walking it from the right (each
     * proxy appends the address it was reached from), the first address that is not a trusted proxy is the client.
     */
    String clientAddress(Context ctx) {
        String peer = ctx.ip();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !config.trustedProxies().trusts(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            client = hops[i].trim();
            if (!config.trustedProxies().trusts(client)) {
                break;
            }
        }
        return client.isEmpty() || client.length() > 64 ? peer : client;
    }

    /** Whether cookies should be marked Secure: the page is served (or proxied) over https. */
    boolean secureCookies(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || config.publicUrl() != null && "https".equals(config.publicUrl().getScheme());
    }

    /** The security headers of every answer, ours and Jetty's own ({@link JettyErrorAnswers}). */
    static void securityHeaders(java.util.function.BiConsumer<String, String> put) {
        put.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        put.accept("X-Content-Type-Options", "nosniff");
        put.accept("Referrer-Policy", "same-origin");
        put.accept("X-Frame-Options", "DENY");
    }

    void check(Context ctx) {
        securityHeaders(ctx::header);
        StrictEdges.headers(ctx, config); // #26: HSTS, Cache-Control
        StrictEdges.refuseMethodOverride(ctx);
        checkHost(ctx);
        boolean write = !isSafe(ctx.method().name());
        if (write) {
            checkOrigin(ctx);
        }
        Presented presented = identify(ctx);
        Principal who = presented.principal();
        ctx.attribute(PRINCIPAL, who);
        ctx.attribute(PRESENTED, presented);
        Role needed = needed(ctx.path(), write);
        if (needed != null && !who.may(needed)) {
            if (!who.identified()) {
                throw AccessException.unauthenticated(who.role() == null
                        ? "Sign in (POST /api/session) or send an API token (Authorization: Bearer …) first."
                        : "Sign in as " + article(needed.wire()) + " to do this (POST /api/session) or send an API token.");
            }
            throw AccessException.forbidden(who.name() + " is " + article(who.role().wire()) + "; this needs "
                    + article(needed.wire()) + ".");
        }
        if (write && needed != null) {
            long wait = writes.take(limitKey(ctx));
            if (wait > 0) {
                throw AccessException.rateLimited("Too many changes in a minute (the limit is "
                        + config.writesPerMinute() + "); try again in " + wait + " s.", wait);
            }
        }
    }

    /**
     * The role a request needs, or null when it is open to everyone: the page and its assets, health, sign-in, and
     * reference data that holds nothing a user entered (the basemap's place labels, the API description).
     */
    static Role needed(String path, boolean write) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        if (!p.startsWith("/api")) {
            return null;
        }
        if (p.equals("/api/health") || p.equals("/api/session") || p.equals("/api/session/")) {
            return null;
        }
        if (!write && (p.equals("/api/labels") || p.equals("/api/openapi.json") || p.equals("/api/docs"))) {
            return null;
        }
        if (p.startsWith("/api/watches")) {
            return Role.VIEWER; // issue 21: watching a track changes no data; every signed-in reader may
        }
        if (p.startsWith("/api/users") || p.startsWith("/api/tokens")) {
            return Role.ADMIN;
        }
        return write ? Role.EDITOR : Role.VIEWER;
    }

    /** "an editor", "an admin", "a viewer". */
    static String article(String noun) {
        return ("aeiou".indexOf(noun.isEmpty() ? 'x' : Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private Presented identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            String[] parts = authorization.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
                throw AccessException.unauthenticated("The Authorization header must be 'Bearer <token>'.");
            }
            String token = parts[1].trim();
            return new Presented(auth.token(token).orElseThrow(() -> AccessException.unauthenticated(
                    "This API token is not valid (unknown, or replaced by a newer one).")), token);
        }
        String sessionId = ctx.cookie(SESSION_COOKIE);
        Optional<Principal> session = auth.session(sessionId);
        if (session.isPresent()) {
            return new Presented(session.get(), sessionId);
        }
        if (!config.auth()) {
            return new Presented(Principal.anonymous(Role.ADMIN), null); // sign-in off: the loopback user may all
        }
        return new Presented(Principal.anonymous(config.publicRead() ? Role.VIEWER : null), null);
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            return; // HTTP/1.0 without Host: no browser sends this, so it cannot come from a rebinding page
        }
        if (!hostNames.contains(hostName(host))) {
            throw new HttpProblem(421, "misdirected_request", null, "This server does not answer to the host name '"
                    + clip(host) + "'. If people reach it under that name, set " + ConfigKey.PUBLIC_URL.envVar()
                    + " to its URL.");
        }
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String claimed = origin != null ? origin : ctx.header("Referer");
        if (claimed == null) {
            return; // curl and scripts send neither; a browser always sends Origin on a cross-site write
        }
        Optional<String> from = originOf(claimed);
        boolean ours = from.isPresent() && from.get().equals(ownOrigin(ctx).orElse(null));
        if (!ours) {
            throw new HttpProblem(403, "cross_origin", null, "Changes are accepted only from this server's own pages, "
                    + "not from " + (origin != null ? "Origin" : "Referer") + " '" + clip(claimed) + "'."
                    + (config.publicUrl() == null ? " Behind a proxy, set " + ConfigKey.PUBLIC_URL.envVar() + "." : ""));
        }
    }

    /**
     * The origin of the server's own pages as this request reached it: the public URL's when it came through
     * the public name (behind a TLS proxy the request itself is plain http), else the request's scheme and Host.
     */
    private Optional<String> ownOrigin(Context ctx) {
        String host = ctx.header("Host");
        if (config.publicUrl() != null && (host == null
                || hostName(host).equals(hostName(config.publicUrl().getHost())))) {
            return originOf(config.publicUrl().toString());
        }
        return host == null ? Optional.empty() : originOf(ctx.scheme() + "://" + host);
    }

    /** scheme://host:port with the default port filled in, lower case; empty when it is not an http(s) URL. */
    static Optional<String> originOf(String url) {
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + hostName(u.getHost()) + ":" + port);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The host part of a Host header or URI host, without port, brackets or trailing dot, lower case. */
    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') >= 0 && h.indexOf(':') == h.lastIndexOf(':')) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
