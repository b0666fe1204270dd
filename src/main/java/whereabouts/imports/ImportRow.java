package whereabouts.imports;

import java.util.Map;

/**
 * One record of an uploaded file as sighting fields (the API's names: observedAt, place, lat, lon, source ...).
 *
 * @param row    1-based number of the record in the file (data rows for CSV, features, waypoints, placemarks)
 * @param fields the record's values by field name; only names the sighting API knows
 */
public record ImportRow(int row, Map<String, String> fields) {
}
