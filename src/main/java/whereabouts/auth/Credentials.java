package whereabouts.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Password hashing (bcrypt), random secrets for tokens and sessions, and the stored form of a token. */
public final class Credentials {
    /** bcrypt cost: 2^10 rounds, about 50-100 ms per hash on a small server. */
    static final int BCRYPT_COST = 10;
    /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MIN_PASSWORD_CHARS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {
    }

    /** The bcrypt hash of a password (checked first with {@link #passwordProblem}). */
    public static String hashPassword(String password) {
        return BCrypt.withDefaults().hashToString(BCRYPT_COST, password.toCharArray());
    }

    public static boolean passwordMatches(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Why a new password is not acceptable, or null when it is. */
    public static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_CHARS) {
            return "The password must have at least " + MIN_PASSWORD_CHARS + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "The password must be at most " + MAX_PASSWORD_BYTES + " bytes long (bcrypt reads no more).";
        }
        return null;
    }

    /** A new random secret: 32 bytes, base64url, with a prefix that says what it is. */
    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256, hex. Tokens are long random secrets, so a fast hash suffices. */
    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
