package whereabouts.network;

import whereabouts.geo.LatLon;

/**
 * A border-crossing feature of the network, drawn from {@code fromCountry} to {@code toCountry}.
 *
 * @param name        e.g. "Friendship Bridge (Tumangang–Khasan)"
 * @param fromCountry ISO code of the country at the feature's first vertex
 * @param toCountry   ISO code of the country at the feature's last vertex
 * @param position    midpoint of the feature's geometry
 */
public record BorderEdge(String name, String fromCountry, String toCountry, LatLon position) {
}
