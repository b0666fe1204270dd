package whereabouts.service;

import java.util.List;
import whereabouts.geo.LatLon;
import whereabouts.track.SightingDraft;

/** Resolves a sighting's typed place and/or coordinates to a stored location. */
public interface PlaceResolver {
    /**
     * @param draft the validated sighting
     * @param bias  positions of the track's other sightings, most recent last (may be empty), to prefer
     *              candidates near them
     * @throws whereabouts.error.UnresolvedPlaceException when a place name is unknown or too ambiguous
     */
    ResolvedLocation resolve(SightingDraft draft, List<LatLon> bias);
}
