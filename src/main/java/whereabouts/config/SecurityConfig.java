package whereabouts.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Who may reach the server and what they may do. Keys and defaults are in {@link ConfigKey}.
 *
 * @param auth                  sign-in required (users, tokens, roles)
 * @param publicRead            with auth on, reading needs no sign-in
 * @param publicUrl             the URL people reach the server at (behind a proxy: the proxy's), or null
 * @param writesPerMinute       writes allowed per client per minute
 * @param signInFailuresPerHour failed sign-ins allowed per client address and per user name per hour
 * @param limits                budgets and limits of heavy requests and event streams (#26)
 * @param trustedProxies        proxies whose X-Forwarded-For is believed (#26); none by default
 */
public record SecurityConfig(boolean auth, boolean publicRead, URI publicUrl, int writesPerMinute,
                             int signInFailuresPerHour, RequestLimits limits, TrustedProxies trustedProxies) {

    public SecurityConfig {
        if (writesPerMinute < 1 || signInFailuresPerHour < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1");
        }
    }

    /** The loopback default: auth off, no public URL, the documented limits. */
    public static SecurityConfig defaults() {
        return fromEnv(Map.of());
    }

    public static SecurityConfig fromEnv(Map<String, String> env) {
        String auth = ConfigKey.AUTH.valueIn(env).toLowerCase(Locale.ROOT);
        if (!auth.equals("on") && !auth.equals("off")) {
            throw new IllegalArgumentException(ConfigKey.AUTH.envVar() + " must be on or off, got '" + auth + "'");
        }
        return new SecurityConfig(auth.equals("on"), Boolean.parseBoolean(ConfigKey.PUBLIC_READ.valueIn(env)),
                publicUrl(ConfigKey.PUBLIC_URL.valueIn(env)), positive(env, ConfigKey.WRITES_PER_MINUTE),
                positive(env, ConfigKey.SIGN_IN_FAILURES_PER_HOUR), RequestLimits.fromEnv(env),
                TrustedProxies.parse(ConfigKey.TRUSTED_PROXIES.valueIn(env)));
    }

    public SecurityConfig withLimits(RequestLimits l) {
        return new SecurityConfig(auth, publicRead, publicUrl, writesPerMinute, signInFailuresPerHour, l, trustedProxies);
    }

    public SecurityConfig withAuth(boolean on, boolean publicReading) {
        return new SecurityConfig(on, publicReading, publicUrl, writesPerMinute, signInFailuresPerHour, limits, trustedProxies);
    }

    public SecurityConfig withLimits(int writes, int signInFailures) {
        return new SecurityConfig(auth, publicRead, publicUrl, writes, signInFailures, limits, trustedProxies);
    }

    public SecurityConfig withTrustedProxies(TrustedProxies proxies) {
        return new SecurityConfig(auth, publicRead, publicUrl, writesPerMinute, signInFailuresPerHour, limits, proxies);
    }

    public SecurityConfig withPublicUrl(URI url) {
        return new SecurityConfig(auth, publicRead, url, writesPerMinute, signInFailuresPerHour, limits, trustedProxies);
    }

    /**
     * Refuses a server that anyone on the network could write to: listening beyond loopback needs auth on.
     *
     * @throws IllegalStateException with a message that says how to create the first admin
     */
    public void checkListeningOn(String host) {
        if (!auth && !isLoopback(host)) {
            throw new IllegalStateException("Refusing to listen on " + host + " with " + ConfigKey.AUTH.envVar()
                    + "=off: anyone on the network could change the data. Create the first admin with\n"
                    + "  java -jar target/whereabouts.jar user add NAME --role admin\n"
                    + "(it asks for the password; or pipe it in), then start with " + ConfigKey.AUTH.envVar()
                    + "=on (and " + ConfigKey.PUBLIC_URL.envVar() + "=https://your.host when behind a proxy),"
                    + " or listen on 127.0.0.1.");
        }
    }

    /** localhost, 127.x.x.x and ::1. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    private static URI publicUrl(String v) {
        if (v.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(v);
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new URISyntaxException(v, "not an http(s) URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ConfigKey.PUBLIC_URL.envVar() + " must be an http(s) URL such as "
                    + "https://map.example.org, got '" + v + "'", e);
        }
    }

    private static int positive(Map<String, String> env, ConfigKey key) {
        String v = key.valueIn(env);
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.envVar() + " must be a positive integer, got '" + v + "'", e);
        }
    }
}
