package whereabouts.error;

/** A request that may not go ahead: no valid credential, a role that may not, or too many attempts. */
public final class AccessException extends ApiException {
    /** Why; the HTTP shell maps each to its status. */
    public enum Reason { UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED }

    private final Reason reason;
    private final long retryAfterSeconds;

    private AccessException(Reason reason, String code, String message, long retryAfterSeconds) {
        super(code, null, message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static AccessException unauthenticated(String message) {
        return new AccessException(Reason.UNAUTHENTICATED, "unauthenticated", message, 0);
    }

    public static AccessException forbidden(String message) {
        return new AccessException(Reason.FORBIDDEN, "forbidden", message, 0);
    }

    public static AccessException rateLimited(String message, long retryAfterSeconds) {
        return new AccessException(Reason.RATE_LIMITED, "rate_limited", message, Math.max(1, retryAfterSeconds));
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds until trying again may succeed; 0 unless rate-limited. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
