package whereabouts.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import whereabouts.geo.GeoJson;
import whereabouts.network.Route;
import whereabouts.network.StationPass;
import whereabouts.track.Leg;
import whereabouts.track.MeasuredPolyline;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Projection;
import whereabouts.track.Sighting;
import whereabouts.track.Trajectory;

/**
 * Writes trajectories and position estimates as RFC 7946 GeoJSON. The property names are the API contract
 * the web page is written against:
 * <ul>
 *   <li>leg (LineString): {@code featureType = "leg", index, fromSightingId, toSightingId, mode ("rail" |
 *       "geodesic"), reason, lengthKm (measured: km posts on rail), drawnKm (the geometry's own length),
 *       calibratedShare (0..1 of lengthKm between published km posts), durationHours, speedKmh (null when the
 *       duration is 0), implausible,
 *       conflict, flagReason, stations} (station names in travel order);</li>
 *   <li>projection (LineString): {@code featureType = "projection", index, fromSightingId, toSightingId, mode,
 *       reason, lengthKm, drawnKm, calibratedShare, typicalSpeedKmh, etaUtc};</li>
 *   <li>position (Point, or null geometry): {@code at (UTC), status, legIndex, fraction, uncertaintyKm,
 *       description, sightingId, stretch} (stretch: a GeoJSON LineString, MultiLineString across the
 *       antimeridian, of the rail line within uncertaintyKm of the position, or null off the rail).</li>
 * </ul>
 */
public final class TrajectoryGeoJson {
    /** How a station a leg passes is named: its own name, or its place's name in the page's script (#25). */
    private final java.util.function.Function<StationPass, String> stationName;

    /** Stations named as the network names them (exports). */
    public TrajectoryGeoJson() {
        this(StationPass::name);
    }

    public TrajectoryGeoJson(java.util.function.Function<StationPass, String> stationName) {
        this.stationName = stationName;
    }

    /** The path: a FeatureCollection of the legs, then the projections. */
    public ObjectNode path(Trajectory trajectory) {
        ObjectNode fc = GeoJson.featureCollection();
        ObjectNode meta = fc.putObject("track"); // a foreign member: RFC 7946 section 7.1 forbids "properties" here
        meta.put("trackId", trajectory.track().id());
        meta.put("mode", trajectory.track().mode().wire());
        meta.put("maxSpeedKmh", trajectory.track().maxSpeedKmh());
        meta.put("typicalSpeedKmh", trajectory.typicalSpeed().kmh());
        meta.put("typicalSpeedBasis", trajectory.typicalSpeed().basis());
        meta.put("sightings", trajectory.sightings().size());
        appendPath(fc, trajectory);
        return fc;
    }

    /** Appends the legs, then the projections, to a FeatureCollection. */
    public void appendPath(ObjectNode featureCollection, Trajectory trajectory) {
        for (Leg leg : trajectory.legs()) {
            ObjectNode p = routed(featureCollection, "leg", leg.index(), leg.from(), leg.to(), leg.route(), leg.line(),
                    leg.mode());
            p.put("durationHours", leg.durationHours());
            p.put("speedKmh", leg.speedKmh());
            p.put("implausible", leg.flags().implausible());
            p.put("conflict", leg.flags().conflict());
            p.put("flagReason", leg.flags().reason());
            ArrayNode stations = p.putArray("stations");
            for (StationPass s : leg.route().stations()) {
                stations.add(stationName.apply(s));
            }
        }
        for (Projection pr : trajectory.projections()) {
            ObjectNode p = routed(featureCollection, "projection", pr.index(), pr.from(), pr.to(), pr.route(), pr.line(),
                    pr.to().modeOr(trajectory.track().mode()));
            p.put("typicalSpeedKmh", pr.typicalSpeedKmh());
            p.put("etaUtc", pr.eta().toString());
        }
    }

    /** Appends a LineString feature of a routed line with the properties legs and projections share. */
    private ObjectNode routed(ObjectNode featureCollection, String featureType, int index, Sighting from, Sighting to,
                              Route route, MeasuredPolyline line, whereabouts.track.TravelMode travelMode) {
        ObjectNode p = GeoJson.addFeature(featureCollection, GeoJson.line(line.points()));
        p.put("featureType", featureType);
        p.put("index", index);
        p.put("fromSightingId", from.id());
        p.put("toSightingId", to.id());
        p.put("mode", route.mode()); // what it was routed on, as before issue #20 (same value as routedOn)
        p.put("travelMode", travelMode.wire());
        p.put("routedOn", route.mode());
        p.put("reason", route.reason());
        p.put("lengthKm", route.lengthKm());
        p.put("drawnKm", route.drawnKm());
        p.put("calibratedShare", route.calibratedShare());
        if (route.travelMinutes() != null) { // routed on roads with speeds: the drive time at those speeds
            p.put("travelMinutes", route.travelMinutes());
        }
        return p;
    }

    /** A position estimate as a Feature: a Point, or a null geometry when there is no position. */
    public ObjectNode position(PositionEstimate e) {
        ObjectNode f = GeoJson.feature(e.position() == null ? null : GeoJson.point(e.position()));
        ObjectNode p = (ObjectNode) f.get("properties");
        p.put("at", e.at().toString());
        p.put("status", e.status().wire());
        p.put("legIndex", e.legIndex());
        p.put("fraction", e.fraction());
        p.put("uncertaintyKm", e.uncertaintyKm());
        p.put("description", e.description());
        p.put("sightingId", e.sightingId());
        p.set("stretch", e.stretch() == null ? null : GeoJson.line(e.stretch()));
        return f;
    }

    /**
     * A position with its likely band (issue 21): {@link #position} plus {@code likelyKm50}, {@code likelyKm90}
     * (half-widths along the route, km; null where there is no band), {@code likelyStretch50},
     * {@code likelyStretch90} (LineStrings of the route they cover, or null) and {@code likelyBasis}.
     */
    public ObjectNode position(PositionEstimate e, whereabouts.track.likely.LikelyBand band) {
        ObjectNode f = position(e);
        ObjectNode p = (ObjectNode) f.get("properties");
        p.put("likelyKm50", band == null ? null : Math.round(band.likelyKm50() * 1000) / 1000.0);
        p.put("likelyKm90", band == null ? null : Math.round(band.likelyKm90() * 1000) / 1000.0);
        p.set("likelyStretch50", band == null || band.stretch50() == null ? null : GeoJson.line(band.stretch50()));
        p.set("likelyStretch90", band == null || band.stretch90() == null ? null : GeoJson.line(band.stretch90()));
        p.put("likelyBasis", band == null ? null : band.basis());
        return f;
    }
}
