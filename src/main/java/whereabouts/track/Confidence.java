package whereabouts.track;

/** How far a report is to be trusted. Serialised in lower case. */
public enum Confidence {
    CONFIRMED, REPORTED, UNVERIFIED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
