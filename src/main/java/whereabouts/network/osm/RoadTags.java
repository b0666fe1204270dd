package whereabouts.network.osm;

import java.util.Locale;
import java.util.Map;
import whereabouts.network.Profile;
import whereabouts.osm.OsmTags;

/** What a road way's OSM tags say: whether the road profile may use it, its direction and its speed limit. */
final class RoadTags {
    private static final double KMH_PER_MPH = 1.609344;

    /**
     * Speed of a road class without a {@code maxspeed} tag, km/h: the default speeds of GraphHopper's car profile
     * ({@code CarFlagEncoder}'s {@code defaultSpeedMap}), the model design.md names for one engine with a profile
     * per vehicle.
     */
    private static final Map<String, Double> DEFAULT_SPEED_KMH = Map.of("motorway", 100.0, "motorway_link", 70.0,
            "trunk", 70.0, "trunk_link", 65.0, "primary", 65.0, "primary_link", 60.0, "secondary", 60.0,
            "secondary_link", 50.0, "tertiary", 50.0, "tertiary_link", 40.0);
    /** Speed of a road of a class not in the table, km/h (GraphHopper's {@code unclassified}). */
    private static final double FALLBACK_SPEED_KMH = 30.0;

    private RoadTags() {
    }

    /** The speed a road is travelled at, km/h: its {@code maxspeed} when tagged, its class's default otherwise. */
    static double speedKmh(String highway, Double maxSpeedKmh) {
        if (maxSpeedKmh != null && maxSpeedKmh > 0) {
            return maxSpeedKmh;
        }
        return DEFAULT_SPEED_KMH.getOrDefault(highway, FALLBACK_SPEED_KMH);
    }

    /** A way the road profile may use: {@code highway=motorway…tertiary} or their {@code _link}. */
    static boolean isRoad(OsmTags tags) {
        String highway = tags.get("highway");
        return highway != null && Profile.ROAD.allows(highway) && !"no".equals(tags.get("access"));
    }

    /**
     * Direction: {@code 1} one way along the drawing ({@code oneway=yes|true|1}, and motorways and roundabouts
     * unless {@code oneway=no}), {@code -1} one way against it ({@code oneway=-1|reverse}), {@code 0} both ways.
     */
    static int oneway(OsmTags tags) {
        String v = tags.get("oneway");
        if (v != null) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1" -> {
                    return 1;
                }
                case "-1", "reverse" -> {
                    return -1;
                }
                case "no", "false", "0" -> {
                    return 0;
                }
                default -> {
                    // "alternating", "reversible": both ways at some time
                    return 0;
                }
            }
        }
        return "motorway".equals(tags.get("highway")) || "roundabout".equals(tags.get("junction")) ? 1 : 0;
    }

    /** {@code maxspeed} in km/h ("90", "90 km/h", "50 mph"), null when absent or not a number ("RU:urban", "none"). */
    static Double maxSpeedKmh(OsmTags tags) {
        String v = tags.get("maxspeed");
        if (v == null) {
            return null;
        }
        String s = v.strip().toLowerCase(Locale.ROOT);
        boolean mph = s.endsWith("mph");
        s = s.replace("mph", "").replace("km/h", "").replace("kmh", "").strip();
        try {
            double n = Double.parseDouble(s);
            return n > 0 && n < 400 ? (mph ? n * KMH_PER_MPH : n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
