package whereabouts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every error response: a machine-readable code, the input field concerned (null when none), a sentence for a
 * person, and for unresolved places the candidates to choose from.
 */
public record ErrorBody(String error, String field, String message,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<?> candidates) {
    public static ErrorBody of(String error, String field, String message) {
        return new ErrorBody(error, field, message, null);
    }
}
