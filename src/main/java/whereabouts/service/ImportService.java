package whereabouts.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import whereabouts.error.ApiException;
import whereabouts.error.InvalidInputException;
import whereabouts.error.UnacceptableFileException;
import whereabouts.geo.LatLon;
import whereabouts.imports.ImportLimits;
import whereabouts.imports.ImportReader;
import whereabouts.imports.ImportRow;
import whereabouts.imports.ParsedFile;
import whereabouts.imports.RowRejection;
import whereabouts.track.Confidence;
import whereabouts.track.Sighting;
import whereabouts.track.SightingDraft;
import whereabouts.track.SightingValidator;

/**
 * Bulk import of reports into a track: reads the file ({@link ImportReader}), validates and resolves every
 * record as the form would, drops duplicates (same instant, position to about 10 cm, and source as a stored
 * sighting or an earlier record of the file), and stores the rest in one transaction unless it is a dry run.
 * Every record is judged before anything is stored, so a dry run and the real import give the same answer.
 */
public final class ImportService {
    /** Accepted records echoed back for the preview. */
    public static final int PREVIEW_ROWS = 200;

    private final TrackService tracks;
    private final PlaceResolver resolver;
    private final long maxBytes;
    private final ImportReader reader = new ImportReader();

    public ImportService(TrackService tracks, PlaceResolver resolver, long maxBytes) {
        this.tracks = tracks;
        this.resolver = resolver;
        this.maxBytes = maxBytes;
    }

    /** Largest file accepted, bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * How to read an upload.
     *
     * @param dryRun            judge only, store nothing
     * @param defaultSource     source for records without one, or null
     * @param defaultConfidence confidence for records without one, or null
     * @param columns           CSV column mapping {@code field=header,...}, or null
     */
    public record Options(boolean dryRun, String defaultSource, String defaultConfidence, String columns,
                          String author) {
    }

    /** One accepted record, as the preview shows it. */
    public record PreviewRow(int row, String observedAt, String place, double lat, double lon, String source,
                             String confidence) {
    }

    /** The answer: counts, every rejected record with its reason, and the first accepted ones. */
    public record Result(String format, boolean dryRun, int rows, int accepted, int duplicates, int skipped,
                         List<RowRejection> rejected, List<PreviewRow> preview) {
    }

    public Result importFile(long trackId, byte[] content, Options options) {
        return importFile(trackId, content, options, whereabouts.util.Deadline.none());
    }

    /** As {@link #importFile(long, java.io.InputStream, Options, whereabouts.util.Deadline)}, from memory. */
    public Result importFile(long trackId, byte[] content, Options options, whereabouts.util.Deadline deadline) {
        if (content.length > maxBytes) {
            tracks.track(trackId);
            throw UnacceptableFileException.tooLarge("file_too_large", "The file is " + content.length
                    + " bytes; at most " + maxBytes + " are imported at once. Nothing was imported.");
        }
        return importFile(trackId, new java.io.ByteArrayInputStream(content), options, deadline);
    }

    /**
     * Imports a file read as a stream (#26: never copied into memory whole; at most {@link #maxBytes()} of it).
     *
     * @param deadline checked per read and per record: the import stops (nothing stored) when its time budget is
     *                 spent
     */
    public Result importFile(long trackId, java.io.InputStream content, Options options,
                             whereabouts.util.Deadline deadline) {
        tracks.track(trackId);
        Map<String, String> defaults = defaults(options);
        ParsedFile parsed = reader.read(new ImportStream(content, maxBytes, deadline), ImportLimits.MAX_ROWS,
                options.columns());
        List<Sighting> existing = tracks.sightings(trackId);
        Set<String> seen = new HashSet<>();
        existing.forEach(s -> seen.add(key(s)));
        LatLon near = existing.isEmpty() ? null : existing.get(existing.size() - 1).position();

        List<RowRejection> rejected = new ArrayList<>(parsed.rejected());
        List<Sighting> accepted = new ArrayList<>();
        List<PreviewRow> preview = new ArrayList<>();
        int duplicates = 0;
        deadline.check();
        for (ImportRow row : parsed.rows()) {
            deadline.check();
            Map<String, String> fields = new LinkedHashMap<>(row.fields());
            defaults.forEach(fields::putIfAbsent);
            Sighting s;
            try {
                SightingDraft draft = SightingValidator.validate(fields);
                ResolvedLocation loc = resolver.resolve(draft, () -> near);
                s = TrackService.toSighting(0, trackId, draft, loc);
            } catch (ApiException e) {
                rejected.add(new RowRejection(row.row(), e.field(), e.getMessage()));
                continue;
            }
            if (!seen.add(key(s))) {
                duplicates++;
                continue;
            }
            accepted.add(s);
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(new PreviewRow(row.row(), s.observedAt().toString(), s.place(), s.position().lat(),
                        s.position().lon(), s.source(), s.confidence().wire()));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RowRejection::row));
        deadline.check();
        if (!options.dryRun()) {
            tracks.addSightings(trackId, accepted, options.author());
        }
        int rows = parsed.rows().size() + parsed.rejected().size();
        return new Result(parsed.format().wire(), options.dryRun(), rows, accepted.size(), duplicates,
                parsed.skipped(), rejected, preview);
    }

    private static Map<String, String> defaults(Options options) {
        Map<String, String> out = new LinkedHashMap<>();
        if (options.defaultSource() != null && !options.defaultSource().isBlank()) {
            String source = options.defaultSource().strip();
            whereabouts.util.HiddenCharacters.check("source", "source", source);
            if (source.length() > SightingValidator.MAX_SOURCE_CHARS) {
                throw new InvalidInputException("source", "source is " + source.length() + " characters long; at "
                        + "most " + SightingValidator.MAX_SOURCE_CHARS + " are allowed.");
            }
            out.put("source", source);
        }
        if (options.defaultConfidence() != null && !options.defaultConfidence().isBlank()) {
            String c = options.defaultConfidence().strip().toLowerCase(Locale.ROOT);
            boolean known = false;
            for (Confidence x : Confidence.values()) {
                known |= x.wire().equals(c);
            }
            if (!known) {
                throw new InvalidInputException("confidence", "confidence must be confirmed, reported or "
                        + "unverified.");
            }
            out.put("confidence", c);
        }
        return out;
    }

    /** Same instant, same position to 1e-6 degrees (about 10 cm), same source. */
    private static String key(Sighting s) {
        return s.instant().toEpochMilli() + "|" + Math.round(s.position().lat() * 1e6) + "|"
                + Math.round(s.position().lon() * 1e6) + "|" + s.source();
    }
}
