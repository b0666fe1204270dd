package whereabouts.track;

/** How a position estimate was made. Serialised with {@link #wire()}. */
public enum PositionStatus {
    /** The instant is before the first sighting's time window: nothing is known (no position). */
    BEFORE_FIRST("before-first"),
    /** The instant lies within a sighting's time window: the sighting's position. */
    AT_SIGHTING("at-sighting"),
    /** Between two sightings: interpolated along the leg in proportion to elapsed time. */
    IN_TRANSIT("in-transit"),
    /** After the last sighting's window and no expected destination: the last position. */
    AFTER_LAST("after-last"),
    /** After the last sighting's window, moving towards an expected destination at the typical speed. */
    PROJECTED("projected"),
    /** The track has no reports of kind {@code sighting} (no position). */
    NO_SIGHTINGS("no-sightings");

    private final String wire;

    PositionStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
