package whereabouts.network;

import java.util.ArrayList;
import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.network.BorderCrossing;
import whereabouts.network.Route;
import whereabouts.network.StationPass;

/**
 * Turns consecutive shortest-path legs into one {@link Route}: merged geometry with the measure at each point,
 * measured and drawn length, the calibrated part, stations passed and border crossings traversed, each with its
 * distance from the start. Lengths come from the network's edge weights (km-post measures) and drawn lengths,
 * so no geodesic is recomputed per query.
 */
final class RouteAssembler {
    private final RailNetwork net;
    private final List<LatLon> geometry = new ArrayList<>();
    private final List<Double> measures = new ArrayList<>();
    private final List<StationPass> stations = new ArrayList<>();
    private final List<BorderCrossing> crossings = new ArrayList<>();
    private double meters;
    private double drawnMeters;
    private double calibratedMeters;
    private double seconds;

    RouteAssembler(RailNetwork net, LatLon start) {
        this.net = net;
        add(start, 0);
    }

    private void add(LatLon point, double atMeters) {
        geometry.add(point);
        measures.add(atMeters / 1000.0);
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
        if (nodes.length == 0) {
            double share = Math.abs(from.fraction() - to.fraction());
            countEdge(from.edge(), share * net.edgeMeters(from.edge()), share);
        } else {
            countEdge(from.edge(), path.startMeters(), partialShare(from, nodes[0]));
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
                countEdge(e, net.edgeMeters(e), 1.0);
            }
            add(net.nodes().get(nodes[i]), at);
            for (Station s : net.stationsAt(nodes[i])) {
                addStation(s, at);
            }
        }
        meters = legStart + path.meters();
        seconds += path.seconds();
        if (nodes.length > 0) {
            countEdge(to.edge(), meters - at, partialShare(to, nodes[nodes.length - 1]));
        }
        add(to.point(), meters);
        int endNode = nearestEnd(to);
        if (nodes.length == 0 || nodes[nodes.length - 1] != endNode) {
            net.stationsAt(endNode).forEach(s -> addStation(s, meters));
        }
    }

    /** Share of the snap's edge between the snapped point and {@code node} (one of the edge's ends). */
    private double partialShare(RailSnap snap, int node) {
        return node == net.edgeA(snap.edge()) ? snap.fraction() : 1 - snap.fraction();
    }

    /** Counts {@code measuredMeters} of edge {@code e}, which is {@code share} of its drawing. */
    private void countEdge(int e, double measuredMeters, double share) {
        drawnMeters += share * net.edgeDrawnMeters(e);
        if (net.edgeSource(e) == MeasureSource.KM_POST) {
            calibratedMeters += measuredMeters;
        }
    }

    private int nearestEnd(RailSnap snap) {
        return snap.fraction() < 0.5 ? net.edgeA(snap.edge()) : net.edgeB(snap.edge());
    }

    private void addStation(Station s, double atMeters) {
        if (!stations.isEmpty() && stations.get(stations.size() - 1).name().equals(s.name())) {
            return;
        }
        stations.add(new StationPass(s.name(), s.names(), s.position(), atMeters / 1000.0, s.km(), s.kmLine(),
                s.positionSource()));
    }

    private void addCrossing(int border, boolean forward, double atMeters) {
        BorderEdge b = net.borders().get(border);
        String from = forward ? b.fromCountry() : b.toCountry();
        String to = forward ? b.toCountry() : b.fromCountry();
        crossings.add(new BorderCrossing(b.name(), from, to, b.position(), atMeters / 1000.0));
    }

    Route toRoute(String mode, double snapStartKm, double snapEndKm) {
        List<LatLon> points = new ArrayList<>(geometry.size());
        List<Double> kms = new ArrayList<>(geometry.size());
        for (int i = 0; i < geometry.size(); i++) {
            if (points.isEmpty() || !points.get(points.size() - 1).equals(geometry.get(i))) {
                points.add(geometry.get(i));
                kms.add(measures.get(i));
            }
        }
        if (points.size() == 1) { // a zero-length route is [p, p]
            points.add(points.get(0));
            kms.add(kms.get(0));
        }
        return new Route(points, kms, meters / 1000.0, drawnMeters / 1000.0, calibratedMeters / 1000.0, mode,
                null, stations, crossings, snapStartKm, snapEndKm, Double.isNaN(seconds) ? null : seconds / 60.0);
    }
}
