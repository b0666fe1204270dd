package whereabouts.service;

import java.util.function.Supplier;
import whereabouts.geo.LatLon;
import whereabouts.track.SightingDraft;

/** Resolves a sighting's typed place and/or coordinates to a stored location. */
public interface PlaceResolver {
    /**
     * @param draft the validated sighting
     * @param near  supplies the position to prefer candidates near (the track's latest other sighting), or
     *              null; called only when a place name must be geocoded
     * @throws whereabouts.error.UnresolvedPlaceException when a place name is unknown or too ambiguous
     */
    ResolvedLocation resolve(SightingDraft draft, Supplier<LatLon> near);

    /** Where a place name most likely lies (the best candidate near {@code near}, also for a misspelling), if known. */
    default java.util.Optional<LatLon> geocode(String place, LatLon near) {
        return java.util.Optional.empty();
    }
}
