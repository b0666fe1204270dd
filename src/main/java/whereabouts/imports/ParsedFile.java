package whereabouts.imports;

import java.util.List;

/**
 * An uploaded file read into sighting fields.
 *
 * @param format   the format found in the content
 * @param rows     records that could be read (they are validated as sightings afterwards)
 * @param rejected records that could not even be read (no coordinates, a line geometry ...)
 * @param skipped  records that are not sightings and are left out on purpose (legs and positions of our own
 *                 exports, tracks of a GPX file with waypoints)
 */
public record ParsedFile(ImportFormat format, List<ImportRow> rows, List<RowRejection> rejected, int skipped) {
}
