package whereabouts.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser that signed in as a
 * name gets a cookie {@code LOGIN.NONCE.SIGNATURE}, the signature an HMAC-SHA256 of login and nonce under a secret
 * only the servers know. Failed sign-ins are then counted per device for a browser that carries a valid cookie for
 * that name, and together for all the others ("unknown devices"): guessing from elsewhere locks only the unknown
 * devices out, never a browser that has signed in before. One cookie per login name, so a shared desk computer
 * keeps a cookie for each person who signed in on it.
 */
public final class DeviceCookies {
    /** Cookie names start with this; the rest depends on the login ({@link #cookieName}). */
    public static final String COOKIE_PREFIX = "whereabouts_device_";
    /** How long a browser stays a known device after its last successful sign-in. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private final SecretKeySpec key;

    /** @param secret the servers' shared secret (kept in the database, made on first start) */
    public DeviceCookies(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The cookie that holds a browser's device cookie for {@code login} (case does not matter). */
    public String cookieName(String login) {
        return COOKIE_PREFIX + hmac("name|" + key(login)).substring(0, 16);
    }

    /** A new device cookie value for {@code login}. */
    public String issue(String login) {
        String nonce = Credentials.newSecret("").substring(0, 22);
        return key(login) + "." + nonce + "." + hmac(key(login) + "|" + nonce);
    }

    /**
     * The device (its nonce) of a cookie value that was issued here for {@code login}; empty when the value is
     * missing, malformed, for another login, or its signature does not match.
     */
    public Optional<String> deviceOf(String value, String login) {
        if (value == null || login == null || value.length() > 300) {
            return Optional.empty();
        }
        int sig = value.lastIndexOf('.');
        int nonce = sig < 0 ? -1 : value.lastIndexOf('.', sig - 1);
        if (nonce < 1) {
            return Optional.empty();
        }
        String who = value.substring(0, nonce);
        String device = value.substring(nonce + 1, sig);
        byte[] expected = hmac(who + "|" + device).getBytes(StandardCharsets.UTF_8);
        boolean signed = MessageDigest.isEqual(expected, value.substring(sig + 1).getBytes(StandardCharsets.UTF_8));
        return signed && who.equals(key(login)) ? Optional.of(device) : Optional.empty();
    }

    private static String key(String login) {
        return login.toLowerCase(Locale.ROOT);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
