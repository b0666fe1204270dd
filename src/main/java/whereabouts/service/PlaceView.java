package whereabouts.service;

import whereabouts.gazetteer.Place;

/** The public shape of a gazetteer place. {@code label} is e.g. "Khasan, RU". */
public record PlaceView(long geonameId, String name, String country, long population, String featureCode,
                        String timezone, double lat, double lon, String label) {
    public static PlaceView of(Place p) {
        return new PlaceView(p.geonameId(), p.name(), p.countryCode(), p.population(), p.featureCode(),
                p.timezone().isEmpty() ? null : p.timezone(), p.location().lat(), p.location().lon(),
                p.name() + (p.countryCode().isEmpty() ? "" : ", " + p.countryCode()));
    }
}
