package whereabouts.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security log (#26): one line per failed sign-in, lockout, refused request and account change, on its own
 * logger {@value #LOGGER} as {@code key=value} pairs (values in double quotes, with {@code "}, {@code \} and control
 * characters escaped, so a name cannot forge a line). Never a password, token or session id. README.md, "Security
 * log", lists the events and keys for a log shipper.
 */
public final class SecurityLog {
    public static final String LOGGER = "whereabouts.security";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private SecurityLog() {
    }

    /** A failed sign-in: the name tried, the client address and why ("unknown user", "wrong password"). */
    public static void signInFailed(String name, String address, String reason) {
        write("sign_in_failed", "name", name, "address", address, "reason", reason);
    }

    /** A sign-in refused because of too many failures (a lockout of that name or address for a while). */
    public static void lockout(String name, String address, long retryAfterSeconds, String reason) {
        write("sign_in_locked", "name", name, "address", address, "retryAfterSeconds",
                Long.toString(retryAfterSeconds), "reason", reason);
    }

    /** A refused request: its status (401, 403, 429), our error code and message, who and from where. */
    public static void refused(int status, String code, String method, String path, String principal, String address,
                               String reason) {
        write("refused", "status", Integer.toString(status), "code", code, "method", method, "path", path,
                "principal", principal, "address", address, "reason", reason);
    }

    /** A user or token added, changed or removed, or sessions ended ({@code what}: user_put, token_removed …). */
    public static void accountChange(String what, String name, String role, String detail) {
        write(what, "name", name, "role", role, "detail", detail);
    }

    /** An open event stream closed because the credential it was opened with ended (signed out, removed …). */
    public static void streamClosed(String principal, String reason) {
        write("stream_closed", "principal", principal, "reason", reason);
    }

    /** The line for an event, as logged: {@code event=x key="value" …}. */
    static String line(String event, String... keyValues) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                kv.put(keyValues[i], keyValues[i + 1]);
            }
        }
        StringBuilder b = new StringBuilder("event=").append(event);
        kv.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        return b.toString();
    }

    private static void write(String event, String... keyValues) {
        LOG.info(line(event, keyValues));
    }

    private static String escape(String v) {
        String s = v.length() > 300 ? v.substring(0, 300) + "…" : v;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
