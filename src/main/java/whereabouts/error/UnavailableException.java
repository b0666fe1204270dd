package whereabouts.error;

/**
 * The server will not do this work now (503): heavy work that ran out of its time budget or whose client went away
 * ({@code over_budget}), or a server whose slots and queue for heavy work are full ({@code server_busy}).
 */
public final class UnavailableException extends ApiException {
    private final long retryAfterSeconds;

    private UnavailableException(String code, String message, long retryAfterSeconds) {
        super(code, null, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static UnavailableException overBudget(String message) {
        return new UnavailableException("over_budget", message, 0);
    }

    public static UnavailableException busy(String message, long retryAfterSeconds) {
        return new UnavailableException("server_busy", message, retryAfterSeconds);
    }

    /** Seconds until trying again may succeed; 0 when not known. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
