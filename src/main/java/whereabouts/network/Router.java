package whereabouts.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.network.Profile;
import whereabouts.network.Route;

/**
 * Routes through waypoints (from, vias…, to, visited in order) along one mode's network (the rail network by
 * default; the same code routes MARNET sea lanes and imported roads, given their {@link Profile}), or along the
 * geodesic. Routes are exact shortest paths by measured length (km posts on rail), or on a network with speeds (an
 * imported road network) the exact fastest paths that keep to one-way roads, on the network's contraction
 * hierarchy (see {@link ShortestPathSearch}).
 * When an end is farther than {@code maxSnapKm} from the network, or no rail path exists, the result is a
 * geodesic line with mode {@code geodesic} and a {@code reason}. Thread-safe.
 */
public final class Router {
    /** Default largest distance between a waypoint and the network for a rail route, kilometres. */
    public static final double DEFAULT_MAX_SNAP_KM = 25.0;
    /** Longest segment of a geodesic line, metres. */
    public static final double GEODESIC_SEGMENT_METERS = 10_000.0;

    private final RailNetwork network;
    private final Profile profile;
    private final double maxSnapKm;
    private final ShortestPathSearch search;

    public Router(RailNetwork network) {
        this(network, DEFAULT_MAX_SNAP_KM);
    }

    /** @param maxSnapKm largest waypoint-to-network distance for a rail route, kilometres, >= 0 */
    public Router(RailNetwork network, double maxSnapKm) {
        this(network, Profile.RAIL.withMaxSnapKm(maxSnapKm));
    }

    /** A router on {@code network} for the mode of {@code profile} (its routes say {@code mode = profile.mode()}). */
    public Router(RailNetwork network, Profile profile) {
        this.network = network;
        this.profile = profile;
        this.maxSnapKm = profile.maxSnapKm();
        this.search = new ShortestPathSearch(network);
    }

    public RailNetwork network() {
        return network;
    }

    public Profile profile() {
        return profile;
    }

    /**
     * The route through {@code waypoints} in order.
     *
     * @param waypoints at least two points: from, vias…, to
     * @param mode      the profile's mode ({@code rail} by default) or {@code geodesic}
     * @throws InvalidInputException for fewer than two waypoints (field {@code waypoints}) or another mode
     *                               (field {@code mode})
     */
    public Route route(List<LatLon> waypoints, String mode) {
        if (waypoints == null || waypoints.size() < 2 || waypoints.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("waypoints", "A route needs at least two points: from and to.");
        }
        if (Route.GEODESIC.equals(mode)) {
            return geodesic(waypoints, null);
        }
        if (!profile.mode().equals(mode)) {
            throw new InvalidInputException("mode", "mode must be '" + profile.mode() + "' or 'geodesic', got '"
                    + mode + "'.");
        }
        return rail(waypoints);
    }

    private Route rail(List<LatLon> waypoints) {
        List<RailSnap> snaps = new ArrayList<>(waypoints.size());
        for (int i = 0; i < waypoints.size(); i++) {
            Optional<RailSnap> snap = network.snap(waypoints.get(i));
            if (snap.isEmpty()) {
                return geodesic(waypoints, "The " + profile.mode() + " network is empty; drawn as a geodesic line instead.");
            }
            if (snap.get().distanceKm() > maxSnapKm) {
                return geodesic(waypoints, String.format(Locale.ROOT,
                        "%s is %.1f km from the nearest %s, more than the %.0f km limit; "
                                + "drawn as a geodesic line instead.", describe(i, waypoints.size()),
                        snap.get().distanceKm(), profile.networkNoun(), maxSnapKm));
            }
            snaps.add(snap.get());
        }
        RouteAssembler route = new RouteAssembler(network, snaps.get(0).point());
        for (int i = 1; i < snaps.size(); i++) {
            Optional<ShortestPathSearch.Path> path = search.between(snaps.get(i - 1), snaps.get(i));
            if (path.isEmpty()) {
                return geodesic(waypoints, String.format(Locale.ROOT,
                        "No %s connection between %s and %s in the network; drawn as a geodesic line instead.",
                        profile.mode(), describe(i - 1, snaps.size()), describe(i, snaps.size())));
            }
            route.addLeg(path.get(), snaps.get(i - 1), snaps.get(i));
        }
        return route.toRoute(profile.mode(), snaps.get(0).distanceKm(), snaps.get(snaps.size() - 1).distanceKm());
    }

    private static String describe(int index, int count) {
        if (index == 0) {
            return "The start (waypoint 1)";
        }
        if (index == count - 1) {
            return "the end (waypoint " + count + ")";
        }
        return "via point " + index + " (waypoint " + (index + 1) + ")";
    }

    /** The geodesic through the waypoints, densified; {@code reason} is null when it was asked for. */
    public static Route geodesic(List<LatLon> waypoints, String reason) {
        List<LatLon> geometry = new ArrayList<>();
        for (int i = 1; i < waypoints.size(); i++) {
            List<LatLon> leg = Geodesy.densify(waypoints.get(i - 1), waypoints.get(i), GEODESIC_SEGMENT_METERS);
            geometry.addAll(i == 1 ? leg : leg.subList(1, leg.size()));
        }
        return Route.geodesic(geometry, reason);
    }
}
