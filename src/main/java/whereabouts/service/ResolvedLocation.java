package whereabouts.service;

import whereabouts.geo.LatLon;
import whereabouts.track.ResolvedPlace;

/**
 * Where a sighting is, once its place and/or coordinates are resolved.
 *
 * @param position    the coordinates stored with the sighting
 * @param resolved    the gazetteer entry a typed place resolved to, or null
 * @param description human description ("12 km NE of Khasan"), or null
 */
public record ResolvedLocation(LatLon position, ResolvedPlace resolved, String description) {
}
