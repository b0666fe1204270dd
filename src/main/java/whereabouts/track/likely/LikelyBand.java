package whereabouts.track.likely;

import java.util.List;
import whereabouts.geo.LatLon;

/**
 * Where the subject probably is: the central 50 % and 90 % of its position along the route, as half-widths around
 * the estimate and as the stretches of route they cover.
 *
 * @param likelyKm50 half-width of the central 50 %, km along the route (never more than the feasible
 *                   uncertaintyKm)
 * @param likelyKm90 half-width of the central 90 %, km
 * @param stretch50  the route within likelyKm50 of the estimate (clipped to the leg); null at a sighting
 * @param stretch90  the route within likelyKm90 of the estimate; null at a sighting
 * @param sdKm       standard deviation of the position along the route, km
 * @param basis      where the speed spread comes from ({@link SpeedSpread#basis()})
 */
public record LikelyBand(double likelyKm50, double likelyKm90, List<LatLon> stretch50, List<LatLon> stretch90,
                         double sdKm, String basis) {
    public LikelyBand {
        stretch50 = stretch50 == null ? null : List.copyOf(stretch50);
        stretch90 = stretch90 == null ? null : List.copyOf(stretch90);
    }
}
