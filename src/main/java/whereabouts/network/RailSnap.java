package whereabouts.network;

import whereabouts.geo.LatLon;

/**
 * Where a point meets the network: on edge {@code edge}, a fraction {@code fraction} of the way from the edge's
 * first node to its second, at {@code point}, {@code distanceMeters} (geodesic) from the query point.
 * A snap is a virtual node: the shared graph is never modified.
 */
public record RailSnap(int edge, double fraction, LatLon point, double distanceMeters) {
    public double distanceKm() {
        return distanceMeters / 1000.0;
    }
}
