package whereabouts.track;

import java.util.Locale;

/**
 * How the subject travels. Each mode routes on its own network where it has one (rail: the shipped corridors or
 * an import; sea: MARNET; road: an OSM import); air legs, and modes without a network, are geodesic.
 */
public enum TravelMode {
    RAIL, ROAD, SEA, AIR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode with this wire name ({@code rail}, {@code road}, {@code sea}, {@code air}), or null. */
    public static TravelMode fromWire(String wire) {
        for (TravelMode m : values()) {
            if (m.wire().equals(wire)) {
                return m;
            }
        }
        return null;
    }
}
