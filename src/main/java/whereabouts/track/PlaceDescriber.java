package whereabouts.track;

import whereabouts.geo.LatLon;

/**
 * Describes a position in words relative to the nearest known place, e.g. "40 km SW of Ussuriysk". The server
 * wires {@code whereabouts.service.GazetteerDescriber}; {@link #NONE} gives estimates a null description.
 */
@FunctionalInterface
public interface PlaceDescriber {
    /** A describer that knows no places: always null. */
    PlaceDescriber NONE = p -> null;

    /** @return a short human description of {@code p}, or null when none can be given */
    String describe(LatLon p);
}
