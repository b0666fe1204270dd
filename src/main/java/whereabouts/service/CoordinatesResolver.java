package whereabouts.service;

import java.util.List;
import whereabouts.error.InvalidInputException;
import whereabouts.geo.LatLon;
import whereabouts.track.SightingDraft;

/** Resolver that needs coordinates: used when no gazetteer is available. */
public final class CoordinatesResolver implements PlaceResolver {
    @Override
    public ResolvedLocation resolve(SightingDraft draft, List<LatLon> bias) {
        if (!draft.hasCoordinates()) {
            throw new InvalidInputException("missing_field", "lat",
                    "lat and lon are required: place names cannot be geocoded on this server.");
        }
        return new ResolvedLocation(new LatLon(draft.lat(), draft.lon()), null, null);
    }
}
