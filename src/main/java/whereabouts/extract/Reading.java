package whereabouts.extract;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.gazetteer.Place;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;
import whereabouts.track.Confidence;
import whereabouts.track.SightingKind;

/** A draft in the making: mutable while times are bounded and drafts merged. */
final class Reading {
    final PlaceMention mention;
    final ZoneId zone;
    OffsetDateTime start;
    OffsetDateTime end;
    final List<String> sources = new ArrayList<>();
    Confidence confidence;
    final SightingKind kind;
    final List<String> notes;
    final List<Evidence> evidence;
    boolean boundedByPublication;

    Reading(PlaceMention mention, ZoneId zone, OffsetDateTime start, OffsetDateTime end, String source,
            Confidence confidence, SightingKind kind, List<String> notes, List<Evidence> evidence) {
        this.mention = mention;
        this.zone = zone;
        this.start = start;
        this.end = end;
        this.sources.add(source);
        this.confidence = confidence;
        this.kind = kind;
        this.notes = new ArrayList<>(notes);
        this.evidence = new ArrayList<>(evidence);
    }

    /** What makes two readings the same place: the gazetteer entry, or coordinates written in the text. */
    String placeKey() {
        Place p = mention.candidate().place();
        return p.geonameId() != 0 ? "g" + p.geonameId() : "c" + p.location();
    }

    Duration width() {
        return Duration.between(start, end);
    }

    Draft toDraft(String text) {
        OffsetDateTime mid = start.plus(width().dividedBy(2));
        int half = (int) Math.min(TextExtractor.MAX_UNCERTAINTY_MINUTES, width().toMinutes() / 2);
        Place p = mention.candidate().place();
        LatLon at = mention.offsetKm() > 0
                ? Geodesy.destination(p.location(), mention.bearingDegrees(), mention.offsetKm() * 1000) : p.location();
        return new Draft(mid, half, mention.name(), round(at.lat()), round(at.lon()), round(mention.offsetKm()),
                p.geonameId(), cap(String.join("; ", sources), TextExtractor.MAX_SOURCE_CHARS), confidence, kind,
                cap(String.join(" ", new java.util.LinkedHashSet<>(notes)), TextExtractor.MAX_NOTES_CHARS), evidence);
    }

    /** The form's limits hold for a draft saved as it is: long joins are cut with an ellipsis. */
    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
