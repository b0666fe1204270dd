package whereabouts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges readings of the same place (same gazetteer entry) and kind whose time windows overlap into one: the window
 * becomes the overlap (both reports hold), sources are joined with "; " (the narrower window's first), the
 * confidence is the higher, evidence and notes are kept from both. The seed article's photo caption (10 Sep) and its
 * KCNA quote (Sunday afternoon) are one departure from Pyongyang.
 */
final class DraftMerger {
    private DraftMerger() {
    }

    static List<Reading> merge(List<Reading> readings) {
        List<Reading> out = new ArrayList<>();
        // readings so far by place and kind: a reading is compared with its own place's, not with every draft
        Map<String, List<Reading>> byPlace = new HashMap<>();
        for (Reading r : readings) {
            List<Reading> samePlace = byPlace.computeIfAbsent(r.placeKey() + " " + r.kind, k -> new ArrayList<>());
            Reading same = samePlace.stream().filter(o -> !o.start.isAfter(r.end) && !r.start.isAfter(o.end))
                    .findFirst().orElse(null);
            if (same == null) {
                out.add(r);
                samePlace.add(r);
                continue;
            }
            boolean narrower = r.width().compareTo(same.width()) < 0;
            if (r.start.isAfter(same.start)) {
                same.start = r.start.atZoneSameInstant(same.zone).toOffsetDateTime();
            }
            if (r.end.isBefore(same.end)) {
                same.end = r.end.atZoneSameInstant(same.zone).toOffsetDateTime();
            }
            for (String s : r.sources) {
                if (!same.sources.contains(s)) {
                    if (narrower) {
                        same.sources.add(0, s);
                    } else {
                        same.sources.add(s);
                    }
                }
            }
            if (r.confidence.ordinal() < same.confidence.ordinal()) {
                same.confidence = r.confidence;
            }
            List<String> newNotes = r.notes.stream().filter(n -> !same.notes.contains(n)).toList(); // once each
            if (narrower) {
                same.notes.addAll(0, newNotes);
            } else {
                same.notes.addAll(newNotes);
            }
            if (same.notes.stream().anyMatch(x -> x.startsWith("Time "))) {
                same.notes.removeIf(n -> n.startsWith("No time of its own"));
            }
            same.evidence.addAll(r.evidence);
            same.evidence.sort(Comparator.comparingInt(Evidence::start));
        }
        return out;
    }
}
