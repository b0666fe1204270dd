package whereabouts.error;

import java.util.List;

/**
 * Several fields are bad at once (maps to 400 with every one of them in {@code errors}); the first one is also the
 * error's own code, field and message, for clients that read only those.
 */
public final class InvalidFieldsException extends ApiException {
    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super(problems.get(0).code(), problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Every bad field, in the order the fields are read; never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
