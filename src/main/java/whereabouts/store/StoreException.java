package whereabouts.store;

/** A database failure that is not the user's fault (maps to 500, logged, never shown with a stack trace). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
