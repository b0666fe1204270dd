package whereabouts.error;

import java.util.List;

/**
 * A place name could not be resolved to one location: unknown, or too ambiguous to choose (maps to 422).
 * {@code candidates} are the best guesses ("did you mean …"), possibly empty; each is a JSON-serialisable value.
 */
public final class UnresolvedPlaceException extends ApiException {
    private final transient List<?> candidates;

    public UnresolvedPlaceException(String code, String field, String message, List<?> candidates) {
        super(code, field, message);
        this.candidates = List.copyOf(candidates);
    }

    public List<?> candidates() {
        return candidates;
    }
}
