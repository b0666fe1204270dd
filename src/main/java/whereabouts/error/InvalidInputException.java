package whereabouts.error;

/** A field has a value the API does not accept (maps to 400). */
public final class InvalidInputException extends ApiException {
    public InvalidInputException(String field, String message) {
        super("invalid_field", field, message);
    }

    public InvalidInputException(String code, String field, String message) {
        super(code, field, message);
    }
}
