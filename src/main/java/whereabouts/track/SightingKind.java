package whereabouts.track;

/**
 * {@code sighting}: the subject was observed there. {@code expected}: an announced destination, not an
 * observation. Serialised in lower case.
 */
public enum SightingKind {
    SIGHTING, EXPECTED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
