package whereabouts.rail;

import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.LatLon;

/**
 * Turns consecutive shortest-path legs into one {@link Route}: merged geometry, length, stations passed and border
 * crossings traversed, each with its distance from the start. Lengths come from the network's edge weights
 * (geodesic metres), so no geodesic is recomputed per query.
 */
final class RouteAssembler {
    private final RailNetwork net;
    private final List<LatLon> geometry = new ArrayList<>();
    private final List<StationPass> stations = new ArrayList<>();
    private final List<BorderCrossing> crossings = new ArrayList<>();
    private double meters;

    RouteAssembler(RailNetwork net, LatLon start) {
        this.net = net;
        geometry.add(start);
    }

    /**
     * Appends a leg from the current end to {@code to.point()}. Stations count as passed when their node is on the
     * path, or when it is the node nearest to where the leg starts or ends on its first or last edge (the route
     * starts or ends beside that station, at most one edge away).
     */
    void addLeg(ShortestPathSearch.Path path, RailSnap from, RailSnap to) {
        int[] nodes = path.nodes();
        int[] edges = path.edges();
        double legStart = meters;
        int startNode = nearestEnd(from);
        if (nodes.length == 0 || nodes[0] != startNode) {
            net.stationsAt(startNode).forEach(s -> addStation(s, legStart));
        }
        double at = legStart + path.startMeters();
        int previousBorder = -1;
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0) {
                int e = edges[i - 1];
                int border = net.edgeBorder(e);
                if (border >= 0 && border != previousBorder) {
                    addCrossing(border, net.edgeA(e) == nodes[i - 1], at + net.edgeMeters(e) / 2);
                }
                previousBorder = border;
                at += net.edgeMeters(e);
            }
            geometry.add(net.nodes().get(nodes[i]));
            for (Station s : net.stationsAt(nodes[i])) {
                addStation(s, at);
            }
        }
        geometry.add(to.point());
        meters = legStart + path.meters();
        int endNode = nearestEnd(to);
        if (nodes.length == 0 || nodes[nodes.length - 1] != endNode) {
            net.stationsAt(endNode).forEach(s -> addStation(s, meters));
        }
    }

    private int nearestEnd(RailSnap snap) {
        return snap.fraction() < 0.5 ? net.edgeA(snap.edge()) : net.edgeB(snap.edge());
    }

    private void addStation(Station s, double atMeters) {
        if (!stations.isEmpty() && stations.get(stations.size() - 1).name().equals(s.name())) {
            return;
        }
        stations.add(new StationPass(s.name(), s.names(), s.position(), atMeters / 1000.0));
    }

    private void addCrossing(int border, boolean forward, double atMeters) {
        BorderEdge b = net.borders().get(border);
        String from = forward ? b.fromCountry() : b.toCountry();
        String to = forward ? b.toCountry() : b.fromCountry();
        crossings.add(new BorderCrossing(b.name(), from, to, b.position(), atMeters / 1000.0));
    }

    Route toRoute(double snapStartKm, double snapEndKm) {
        return new Route(dedupe(geometry), meters / 1000.0, Route.RAIL, null, stations, crossings, snapStartKm,
                snapEndKm);
    }

    /** Drops consecutive repeated points, keeping at least two (a zero-length route is [p, p]). */
    private static List<LatLon> dedupe(List<LatLon> points) {
        List<LatLon> out = new ArrayList<>(points.size());
        for (LatLon p : points) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        return out;
    }
}
