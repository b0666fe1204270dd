package whereabouts.imports;

import whereabouts.error.UnacceptableFileException;

/** The limits of one import: most records per file (the byte limit is configured, see ConfigKey). */
public final class ImportLimits {
    /** Most records one file may hold. */
    public static final int MAX_ROWS = 100_000;

    private ImportLimits() {
    }

    static void checkRows(int rows, int maxRows) {
        if (rows > maxRows) {
            throw UnacceptableFileException.tooLarge("too_many_rows", "The file holds more than " + maxRows
                    + " records; split it into smaller files. Nothing was imported.");
        }
    }
}
