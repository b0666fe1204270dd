package whereabouts.network;

import java.util.Map;
import whereabouts.geo.LatLon;

/**
 * A station a route passes.
 *
 * @param name           the station's primary (English/romanized) name
 * @param names          names by script or language tag (e.g. {@code ru}, {@code ko}, {@code zh}), possibly empty
 * @param position       where the station is
 * @param kmFromStart    distance along the route from its start (measured), kilometres
 * @param kmPost         the station's published km post, or null
 * @param kmLine         the line whose chainage {@code kmPost} is in, or null
 * @param positionSource null when the position is from the data; {@code "interpolated from km post"} otherwise
 */
public record StationPass(String name, Map<String, String> names, LatLon position, double kmFromStart,
                          Double kmPost, String kmLine, String positionSource) {
    public StationPass {
        names = Map.copyOf(names);
    }
}
