package whereabouts.gazetteer;

import java.util.List;
import java.util.Objects;
import whereabouts.geo.LatLon;

/**
 * A named place of the gazetteer.
 *
 * @param geonameId      GeoNames id (positive); places added by the hand-curated supplement
 *                       ({@code geodata/gazetteer/supplement.tsv}) have negative ids (-1, -2, …), stable within that file
 * @param name           the place's own (primary) name as GeoNames gives it, e.g. "Hamhŭng"
 * @param location       WGS84 position, degrees
 * @param featureCode    GeoNames feature code: PPL, PPLA, PPLA2, PPLC, PPLG … for settlements; the supplement also
 *                       uses RSTN (railway station), BDG (bridge), PASS (pass) and CTRS (space centre)
 * @param countryCode    ISO 3166-1 alpha-2, upper case
 * @param admin1         GeoNames first-level administrative code (e.g. "59" Primorsky Krai), may be empty
 * @param population     inhabitants, 0 when unknown or not a settlement
 * @param timezone       IANA time zone id, e.g. "Asia/Vladivostok"
 * @param alternateNames other names (Latin, Cyrillic, Hangul and Han scripts only), never null
 * @param source         where the record comes from: "GeoNames" or the supplement row's source text
 */
public record Place(long geonameId, String name, LatLon location, String featureCode, String countryCode,
                    String admin1, long population, String timezone, List<String> alternateNames, String source) {
    /** Source text of every row taken from GeoNames cities500. */
    public static final String GEONAMES = "GeoNames";

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        featureCode = featureCode == null ? "" : featureCode;
        countryCode = countryCode == null ? "" : countryCode;
        admin1 = admin1 == null ? "" : admin1;
        timezone = timezone == null ? "" : timezone;
        alternateNames = alternateNames == null ? List.of()
                : alternateNames instanceof PooledNames ? alternateNames // read-only already (prepared gazetteer)
                : List.copyOf(alternateNames);
        source = source == null ? GEONAMES : source;
        if (population < 0) {
            throw new IllegalArgumentException("population must be >= 0, got " + population);
        }
    }

    /** True for places added by the hand-curated supplement rather than taken from GeoNames. */
    public boolean fromSupplement() {
        return geonameId < 0;
    }

    /** True for settlements (GeoNames feature class P: codes starting with PPL). */
    public boolean isSettlement() {
        return featureCode.startsWith("PPL");
    }

    /** Name number {@code i}: 0 is the own name, 1… are the alternate names in order. */
    public String nameAt(int i) {
        return i == 0 ? name : alternateNames.get(i - 1);
    }

    /** Number of names: own name plus alternates. */
    public int nameCount() {
        return 1 + alternateNames.size();
    }
}
