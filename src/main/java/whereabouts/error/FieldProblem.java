package whereabouts.error;

/**
 * One bad input field, as listed in a 400's {@code errors}.
 *
 * @param field   the input field's name
 * @param code    machine-readable code ({@code missing_field}, {@code invalid_field}, {@code future_time}, …)
 * @param message a sentence for a person
 */
public record FieldProblem(String field, String code, String message) {
    public static FieldProblem of(ApiException e) {
        return new FieldProblem(e.field(), e.code(), e.getMessage());
    }
}
