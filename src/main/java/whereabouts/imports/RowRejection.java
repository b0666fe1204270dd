package whereabouts.imports;

/** Why one record of an uploaded file was not taken: its row number, the field at fault (or null) and why. */
public record RowRejection(int row, String field, String message) {
}
