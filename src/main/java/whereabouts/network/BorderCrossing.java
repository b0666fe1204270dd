package whereabouts.network;

import whereabouts.geo.LatLon;

/**
 * A border-crossing edge a route traverses.
 *
 * @param name        e.g. "Friendship Bridge (Tumangang–Khasan)"
 * @param fromCountry ISO 3166-1 alpha-2 code of the country left, in travel direction
 * @param toCountry   ISO 3166-1 alpha-2 code of the country entered
 * @param position    a point on the crossing (e.g. the bridge's midpoint)
 * @param kmFromStart distance along the route from its start to the crossing, kilometres
 */
public record BorderCrossing(String name, String fromCountry, String toCountry, LatLon position, double kmFromStart) {
}
