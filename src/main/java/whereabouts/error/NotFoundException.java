package whereabouts.error;

/** The addressed resource does not exist (maps to 404). */
public final class NotFoundException extends ApiException {
    public NotFoundException(String field, String message) {
        super("not_found", field, message);
    }
}
