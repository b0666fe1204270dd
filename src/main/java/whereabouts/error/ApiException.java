package whereabouts.error;

/**
 * Base of every domain error that reaches a client. Carries a machine-readable code, the offending field
 * (or null) and a human sentence. The HTTP layer's ErrorMapper is the only place that turns these into
 * status codes; core code throws them without knowing about HTTP.
 */
public abstract class ApiException extends RuntimeException {
    private final String code;
    private final String field;

    protected ApiException(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    /** Machine-readable error code, e.g. {@code invalid_field}. */
    public String code() {
        return code;
    }

    /** Name of the input field the error concerns, or null. */
    public String field() {
        return field;
    }
}
