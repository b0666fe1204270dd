package whereabouts.error;

/** An uploaded file as a whole cannot be taken: over a size or row limit (413), or in no known format (415). */
public final class UnacceptableFileException extends ApiException {
    private final boolean tooLarge;

    private UnacceptableFileException(boolean tooLarge, String code, String message) {
        super(code, "file", message);
        this.tooLarge = tooLarge;
    }

    public static UnacceptableFileException tooLarge(String code, String message) {
        return new UnacceptableFileException(true, code, message);
    }

    public static UnacceptableFileException unknownFormat(String message) {
        return new UnacceptableFileException(false, "unknown_format", message);
    }

    /** True for a limit (413), false for an unknown format (415). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
