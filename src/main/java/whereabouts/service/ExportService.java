package whereabouts.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import whereabouts.error.InvalidInputException;
import whereabouts.service.export.CsvTrackWriter;
import whereabouts.service.export.ExportFormat;
import whereabouts.service.export.GeoJsonTrackWriter;
import whereabouts.service.export.GpkgTrackWriter;
import whereabouts.service.export.GpxTrackWriter;
import whereabouts.service.export.KmlTrackWriter;
import whereabouts.service.export.MfJsonTrackWriter;
import whereabouts.service.export.TrackExport;
import whereabouts.service.export.TrackWriter;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Projection;
import whereabouts.track.Track;
import whereabouts.track.Trajectory;

/**
 * Builds downloadable files of a track in every {@link ExportFormat}: the sightings, the reconstructed path and,
 * with a sampling interval, the estimated positions at that interval from the first sighting to the last
 * (or to the last expected arrival).
 */
public final class ExportService {
    /** Most positions one download may sample. */
    public static final int MAX_SAMPLES = 10_000;

    private final TrackService tracks;
    private final TrajectoryService trajectories;
    private final Map<ExportFormat, TrackWriter> writers = Map.of(
            ExportFormat.GEOJSON, new GeoJsonTrackWriter(),
            ExportFormat.GPX, new GpxTrackWriter(),
            ExportFormat.KML, new KmlTrackWriter(),
            ExportFormat.CSV, new CsvTrackWriter(),
            ExportFormat.GPKG, new GpkgTrackWriter(),
            ExportFormat.MFJSON, new MfJsonTrackWriter());

    public ExportService(TrackService tracks, TrajectoryService trajectories) {
        this.tracks = tracks;
        this.trajectories = trajectories;
    }

    /** A file to download: its name, media type and a body that writes itself to a stream. */
    public record Download(String fileName, String mediaType, Body body) {
    }

    /** Writes a download's content. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Everything is read and validated before the body is written, so a bad request fails before any byte is sent.
     *
     * @param format raw {@code format} query value (null: geojson)
     * @param sample raw {@code sample} query value, an ISO-8601 duration such as {@code PT1H}, or null
     */
    public Download export(long trackId, String format, String sample) {
        ExportFormat f = ExportFormat.parse(format);
        Duration interval = sample == null || sample.isBlank() ? null : interval(sample);
        Track track = tracks.track(trackId);
        Trajectory trajectory = trajectories.trajectory(trackId);
        TrackExport export = new TrackExport(track, tracks.sightings(trackId), trajectory,
                interval == null ? List.of() : samples(trajectory, interval));
        String name = GeoJsonExporter.fileName(track).replaceFirst("\\.geojson$", "") + f.extension();
        TrackWriter writer = writers.get(f);
        return new Download(name, f.mediaType(), out -> writer.write(export, out));
    }

    private static Duration interval(String raw) {
        Duration d;
        try {
            d = Duration.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sample", "sample must be an ISO-8601 duration such as PT1H or PT15M, "
                    + "not \"" + raw + "\".");
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidInputException("sample", "sample must be at least one minute (PT1M).");
        }
        return d;
    }

    private List<PositionEstimate> samples(Trajectory trajectory, Duration interval) {
        if (trajectory.sightings().isEmpty()) {
            return List.of();
        }
        Instant start = trajectory.sightings().get(0).instant();
        Instant end = trajectory.sightings().get(trajectory.sightings().size() - 1).instant();
        for (Projection p : trajectory.projections()) {
            if (p.eta().isAfter(end)) {
                end = p.eta();
            }
        }
        long count = Duration.between(start, end).dividedBy(interval) + 1;
        if (count > MAX_SAMPLES) {
            throw new InvalidInputException("sample", "sample " + interval + " would give " + count
                    + " positions over this track; at most " + MAX_SAMPLES + ": choose a longer interval.");
        }
        List<PositionEstimate> out = new ArrayList<>();
        for (Instant at = start; !at.isAfter(end); at = at.plus(interval)) {
            PositionEstimate e = trajectories.position(trajectory, at);
            if (e.position() != null && e.uncertaintyKm() != null) {
                out.add(e);
            }
        }
        return out;
    }
}
