package whereabouts.service;

import java.util.Optional;
import java.util.function.Supplier;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.Place;
import whereabouts.gazetteer.ReverseResult;
import whereabouts.geo.LatLon;
import whereabouts.track.ResolvedPlace;
import whereabouts.track.SightingDraft;

/**
 * Resolves sightings with the offline gazetteer:
 * <ul>
 *   <li>place only: geocoded, biased toward the track's most recent other sighting; unknown or ambiguous names
 *       are a 422 with candidates;</li>
 *   <li>coordinates (with or without a place): the coordinates are kept as given; the description and time zone
 *       come from the nearest known place (reverse geocoding).</li>
 * </ul>
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
    private final Gazetteer gazetteer;
    private final PlaceLookup lookup;

    public GazetteerPlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lookup = new PlaceLookup(gazetteer);
    }

    @Override
    public ResolvedLocation resolve(SightingDraft draft, Supplier<LatLon> near) {
        if (draft.hasCoordinates()) {
            LatLon at = new LatLon(draft.lat(), draft.lon());
            Optional<ReverseResult> nearest = gazetteer.reverse(at);
            return new ResolvedLocation(at, nearest.map(r -> resolved(r.place())).orElse(null),
                    nearest.map(ReverseResult::text).orElse(null));
        }
        Place place = lookup.resolveName(draft.place(), "place", near.get());
        String description = gazetteer.reverse(place.location()).map(ReverseResult::text).orElse(place.name());
        return new ResolvedLocation(place.location(), resolved(place), description);
    }

    @Override
    public Optional<LatLon> geocode(String place, LatLon near) {
        try {
            return lookup.bestGuess(place, near).map(Place::location);
        } catch (whereabouts.error.ApiException e) {
            return Optional.empty(); // unknown or ambiguous: nothing to compare the coordinates with
        }
    }

    private static ResolvedPlace resolved(Place p) {
        return new ResolvedPlace(p.geonameId(), p.name(), p.countryCode(),
                p.timezone().isEmpty() ? null : p.timezone());
    }
}
