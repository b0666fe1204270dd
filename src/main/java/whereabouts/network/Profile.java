package whereabouts.network;

import java.util.Set;

/**
 * How one travel mode uses the network core (GraphHopper's profile per vehicle): which edges it may use, how far
 * an end may lie from its network and still be joined to it, and its speeds. Adding a mode means adding a source of
 * edges and a profile, not another router.
 *
 * @param mode            the mode's wire name ({@code rail}, {@code road}, {@code sea}, {@code air}); also the
 *                        {@code Route.mode()} ("routed on") of routes found on its network
 * @param networkNoun     what its network is made of, for messages ("railway", "road", "sea lane")
 * @param edgesAllowed    the kinds of edge the mode may use (OSM {@code highway} values for road, {@code rail}
 *                        for railways, {@code marnet} for the shipping lanes); empty when it has no network (air)
 * @param maxSnapKm       farthest an end may be from the network to be joined to it, km (&gt;= 0)
 * @param typicalSpeedKmh a typical travel speed, km/h (used to project a track with no plausible legs)
 * @param maxSpeedKmh     the default fastest plausible speed, km/h (legs needing more are flagged implausible)
 */
public record Profile(String mode, String networkNoun, Set<String> edgesAllowed, double maxSnapKm,
                      double typicalSpeedKmh, double maxSpeedKmh) {

    /**
     * Rail: the shipped corridors or an imported OSM rail network. Speeds: design.md reports the armoured train at
     * ≈ 37–60 km/h (Khasan → Ussuriysk, 260 km in ≈ 7 h in 2019); 80 km/h is the fastest plausible.
     */
    public static final Profile RAIL = new Profile("rail", "railway", Set.of("rail"), 25, 45, 80);
    /**
     * Road: an imported OSM road network, {@code highway=motorway…tertiary} and their {@code _link}s. 60 km/h is a
     * motorcade on mixed roads; 120 km/h the fastest plausible (a motorway limit in most countries).
     */
    public static final Profile ROAD = new Profile("road", "road", Set.of("motorway", "motorway_link", "trunk",
            "trunk_link", "primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link"),
            25, 60, 120);
    /**
     * Sea: the MARNET shipping lanes. MARNET is coarse near coasts (a port may lie tens of km from the nearest
     * lane), so an end up to 200 km away is joined, with the distance reported; 25 km/h ≈ 13.5 kn is a typical
     * cruising speed, 60 km/h ≈ 32 kn the fastest plausible.
     */
    public static final Profile SEA = new Profile("sea", "sea lane", Set.of("marnet"), 200, 25, 60);
    /** Air: no network, every leg a geodesic. 750 km/h is a jet's cruise ground speed, 950 km/h the fastest. */
    public static final Profile AIR = new Profile("air", "air route", Set.of(), 0, 750, 950);

    public Profile {
        edgesAllowed = Set.copyOf(edgesAllowed);
        if (!(maxSnapKm >= 0)) {
            throw new IllegalArgumentException("maxSnapKm must be >= 0, got " + maxSnapKm);
        }
        if (!(typicalSpeedKmh > 0) || !(maxSpeedKmh >= typicalSpeedKmh)) {
            throw new IllegalArgumentException("need 0 < typicalSpeedKmh <= maxSpeedKmh, got " + typicalSpeedKmh
                    + " and " + maxSpeedKmh);
        }
    }

    /** The profile of a mode by its wire name, or null for an unknown mode. */
    public static Profile of(String mode) {
        for (Profile p : new Profile[] {RAIL, ROAD, SEA, AIR}) {
            if (p.mode.equals(mode)) {
                return p;
            }
        }
        return null;
    }

    /** This profile with another snap limit, km. */
    public Profile withMaxSnapKm(double km) {
        return new Profile(mode, networkNoun, edgesAllowed, km, typicalSpeedKmh, maxSpeedKmh);
    }

    /** True when the mode may use an edge of this kind. */
    public boolean allows(String edgeKind) {
        return edgesAllowed.contains(edgeKind);
    }
}
