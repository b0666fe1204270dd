package whereabouts.network;

import java.util.Map;
import whereabouts.geo.LatLon;

/**
 * A station of the rail network, attached to the graph node nearest to it.
 *
 * @param name     primary (English/romanized) name
 * @param names    names by language tag (ru, ko, zh, vi, en), possibly empty
 * @param position where the station is (from the data, not moved onto the line)
 * @param km       published km post, or null where none is published
 * @param kmLine   the line whose chainage {@code km} is in, or null
 * @param country  ISO 3166-1 alpha-2 code, or null
 * @param node     index of the graph node the station is attached to
 * @param positionSource null when the position comes from the data; {@code "interpolated from km post"} when the
 *                 station was placed on its line at its km post
 */
public record Station(String name, Map<String, String> names, LatLon position, Double km, String kmLine,
                      String country, int node, String positionSource) {
    public Station {
        names = Map.copyOf(names);
    }
}
