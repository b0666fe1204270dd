package whereabouts.track;

/** How the subject travels. Only {@code rail} is routed on a network; the others use geodesic legs for now. */
public enum TravelMode {
    RAIL, ROAD, SEA, AIR;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
