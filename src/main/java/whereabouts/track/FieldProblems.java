package whereabouts.track;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import whereabouts.error.FieldProblem;
import whereabouts.error.InvalidFieldsException;
import whereabouts.error.InvalidInputException;

/** Reads fields one after the other and keeps every failure, so that one answer names all the bad fields. */
final class FieldProblems {
    private final List<FieldProblem> problems = new ArrayList<>();

    /** The value read, or null (the failure is kept) when reading it threw. */
    <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InvalidInputException e) {
            problems.add(FieldProblem.of(e));
            return null;
        }
    }

    void add(String code, String field, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    boolean has(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    /** @throws InvalidFieldsException when any field failed */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
