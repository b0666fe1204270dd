package whereabouts.service;

import java.util.List;
import java.util.Map;
import whereabouts.geo.LatLon;
import whereabouts.track.LegRouter;
import whereabouts.track.Sighting;
import whereabouts.track.SightingWarning;
import whereabouts.track.SightingWarnings;

/**
 * Saves a sighting the way an editor works: every check first (validation, place, {@link SightingWarnings}),
 * then the save, or, for a dry run, nothing stored and the same answer. Warnings never stop a save.
 */
public final class SightingDesk {
    private final TrackService tracks;
    private final LegRouter router;
    private final PlaceResolver resolver;

    public SightingDesk(TrackService tracks, LegRouter router, PlaceResolver resolver) {
        this.tracks = tracks;
        this.router = router;
        this.resolver = resolver;
    }

    /** A sighting saved (or, in a dry run, as it would be saved: id 0 when new) and what looks wrong with it. */
    public record Checked(Sighting sighting, List<SightingWarning> warnings) {
    }

    public Checked add(long trackId, Map<String, String> fields, String author, boolean dryRun) {
        Sighting candidate = tracks.candidate(trackId, null, fields);
        List<SightingWarning> warnings = warnings(candidate, null);
        return new Checked(dryRun ? candidate : tracks.saveNew(candidate, author), warnings);
    }

    public Checked edit(long trackId, long sightingId, Map<String, String> fields, Integer ifRevision, String author,
                        boolean dryRun) {
        Sighting current = tracks.sighting(trackId, sightingId);
        if (dryRun && ifRevision != null && ifRevision != current.revision()) {
            throw new whereabouts.error.RevisionConflictException(ifRevision, current.revision());
        }
        Sighting candidate = tracks.candidate(trackId, sightingId, fields);
        List<SightingWarning> warnings = warnings(candidate, sightingId);
        Sighting result = dryRun ? withRevision(candidate, current.revision() + 1)
                : tracks.saveEdit(candidate, ifRevision, author);
        return new Checked(result, warnings);
    }

    private List<SightingWarning> warnings(Sighting candidate, Long editedId) {
        LatLon geocoded = candidate.place() == null ? null
                : resolver.geocode(candidate.place(), candidate.position()).orElse(null);
        return SightingWarnings.check(tracks.track(candidate.trackId()),
                tracks.otherSightings(candidate.trackId(), editedId), candidate, router, geocoded);
    }

    private static Sighting withRevision(Sighting s, int revision) {
        return new Sighting(s.id(), s.trackId(), revision, s.observedAt(), s.timeUncertaintyMinutes(), s.place(),
                s.position(), s.resolved(), s.locationDescription(), s.locationUncertaintyKm(), s.source(),
                s.sourceUrl(), s.confidence(), s.kind(), s.notes(), s.recordedAt(), s.arrivedBy());
    }
}
