package whereabouts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import whereabouts.error.FieldProblem;

/**
 * Every error response: a machine-readable code, the input field concerned (null when none), a sentence for a
 * person, and for unresolved places the candidates to choose from. A 400 for bad input also lists every bad
 * field in {@code errors} (the first of them is {@code error}/{@code field}/{@code message}).
 */
public record ErrorBody(String error, String field, String message,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<?> candidates,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldProblem> errors) {
    public ErrorBody(String error, String field, String message, List<?> candidates) {
        this(error, field, message, candidates, null);
    }

    public static ErrorBody of(String error, String field, String message) {
        return new ErrorBody(error, field, message, null, null);
    }
}
