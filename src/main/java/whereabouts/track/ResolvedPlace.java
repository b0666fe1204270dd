package whereabouts.track;

/**
 * What a typed place name resolved to in the gazetteer.
 *
 * @param geonameId GeoNames id (or the supplement's id) of the place
 * @param name      the place's own name
 * @param country   ISO 3166-1 alpha-2 country code
 * @param timezone  IANA time zone of the place, or null when unknown
 */
public record ResolvedPlace(long geonameId, String name, String country, String timezone) {
}
