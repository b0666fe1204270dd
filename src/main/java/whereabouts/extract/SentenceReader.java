package whereabouts.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.extract.SourceFinder.Credit;
import whereabouts.extract.TimeExpressionParser.ResolvedTime;
import whereabouts.extract.TimeExpressionParser.TimeMention;
import whereabouts.gazetteer.Place;
import whereabouts.track.Confidence;
import whereabouts.track.SightingKind;

/**
 * Reads one place of a sentence into a {@link Reading}: kind (a destination or a future clause is {@code expected}),
 * time (the own clause's time expression, else the nearest of the sentence that is not a report time; for an expected
 * draft the latest not before publication), source text from the credits, confidence ({@link ConfidenceRules}), the
 * notes that say how it was read and the evidence spans. Stateless.
 */
final class SentenceReader {
    private SentenceReader() {
    }

    static Reading read(String text, Sentences.Sentence s, String sentence, Clauses clauses, PlaceMention p,
                         List<Credit> credits, boolean inherited, SentenceTimes mentions, OffsetDateTime publishedAt) {
        int[] clause = clauses.around(p.start() - s.start(), p.end() - s.start());
        String clauseText = sentence.substring(clause[0], clause[1]);
        boolean expected = p.role() == PlaceCues.Role.DESTINATION || DraftWindows.FUTURE.matcher(clauseText).find();
        Place place = p.candidate().place();
        ZoneId zone = zoneOf(place);
        // a destination ("left Pyongyang for Beijing on Monday") is reached after the sentence's time, not at it
        TimeChoice time = p.role() == PlaceCues.Role.DESTINATION ? null
                : chooseTime(sentence, s.start(), p, clause, expected, mentions, publishedAt, zone);
        TimeMention chosen = time == null ? null : time.mention();
        ResolvedTime window = time == null ? null : time.window();
        Credit origin = credits.stream().filter(c -> !c.cited()).findFirst().orElse(credits.get(0));
        boolean hedged = ConfidenceRules.hedged(clauseText) || ConfidenceRules.hedged(
                sentence.substring(clauses.afterLastSeparatorBefore(clause[0]), clause[0]));
        boolean confirms = credits.stream().anyMatch(Credit::confirms);
        Confidence confidence = p.doubt() != null ? Confidence.UNVERIFIED
                : ConfidenceRules.of(origin.source(), confirms, place.countryCode(), hedged);
        List<String> notes = new ArrayList<>();
        if (p.doubt() != null) {
            notes.add(p.doubt());
        }
        if (p.note() != null) {
            notes.add(p.note());
        }
        if (window != null) {
            notes.add("Time " + window.explanation() + ".");
        }
        if (credits.stream().anyMatch(c -> c.source().unnamed())) {
            notes.add("Unnamed sources: kept as reported, not confirmed.");
        }
        if (hedged) {
            notes.add("Hedged wording: unverified.");
        }
        if (inherited) {
            notes.add("Source taken from the previous sentence.");
        }
        if (text.startsWith("there", p.start()) && p.end() - p.start() == "there".length()) {
            notes.add("\"there\": " + p.name() + ", the place named before.");
        }
        if (p.offsetKm() > 0) {
            notes.add(String.format(Locale.ROOT, "%.0f km %s of %s.", p.offsetKm(), compass(p.bearingDegrees()), p.name()));
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Span.PLACE, text, p.start(), p.end()));
        if (chosen != null) {
            spans.add(Span.of(Span.TIME, text, chosen.start(), chosen.end()));
        }
        for (Credit c : credits) {
            if (c.start() >= 0) {
                spans.add(Span.of(Span.SOURCE, text, c.start(), c.end()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        Evidence evidence = new Evidence(sentence, s.start(), s.end(), spans);
        return new Reading(p, zone, window == null ? null : window.start(), window == null ? null : window.end(),
                sourceText(credits), confidence, expected ? SightingKind.EXPECTED : SightingKind.SIGHTING,
                notes, List.of(evidence));
    }

    private record TimeChoice(TimeMention mention, ResolvedTime window) {
    }

    /**
     * The time of a place: for an expected draft the sentence's latest window not before publication; else the
     * nearest one of the place's own clause, or the nearest in the sentence. Report times ("confirmed early on Tuesday that") never.
     */
    private static TimeChoice chooseTime(String sentence, int base, PlaceMention p, int[] clause, boolean expected,
                                         SentenceTimes mentions, OffsetDateTime publishedAt, ZoneId zone) {
        TimeChoice best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < mentions.size(); i++) {
            TimeMention m = mentions.get(i);
            int ms = m.start() - base;
            if (mentions.reportTime(i)) {
                continue;
            }
            ResolvedTime r = mentions.resolved(i, zone);
            if (expected) {
                if (!r.end().isBefore(publishedAt) && (best == null || r.start().isAfter(best.window().start()))) {
                    best = new TimeChoice(m, r);
                }
            } else {
                boolean sameClause = ms >= clause[0] && ms < clause[1];
                int distance = Math.min(Math.abs(ms - (p.start() - base)), Math.abs(ms - (p.end() - base)))
                        - (sameClause ? sentence.length() : 0); // the own clause first, then the nearest
                if (distance < bestDistance) {
                    best = new TimeChoice(m, r);
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** "KCNA, via Yonhap", "TBS, citing Russian regional officials". */
    static String sourceText(List<Credit> credits) {
        List<String> primary = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Credit c : credits) {
            List<String> to = c.cited() ? cited : primary;
            if (!to.contains(c.source().name())) {
                to.add(c.source().name());
            }
        }
        StringBuilder b = new StringBuilder();
        if (primary.isEmpty()) {
            return String.join(" and ", cited);
        }
        b.append(primary.get(0));
        if (primary.size() > 1) {
            b.append(", via ").append(String.join(" and ", primary.subList(1, primary.size())));
        }
        if (!cited.isEmpty()) {
            b.append(", citing ").append(String.join(" and ", cited));
        }
        return b.toString();
    }

    /** Zone ids by name: {@link ZoneId#of} parses its argument on every call. */
    private static final java.util.Map<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private static ZoneId zoneOf(Place place) {
        ZoneId z = ZONES.get(place.timezone());
        if (z == null) {
            z = parseZone(place);
            ZONES.put(place.timezone(), z); // a few hundred zone names at most
        }
        return z;
    }

    private static ZoneId parseZone(Place place) {
        try {
            return place.timezone().isEmpty() ? java.time.ZoneOffset.UTC : ZoneId.of(place.timezone());
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    private static String compass(double bearing) {
        return switch ((int) bearing) {
            case 0 -> "north";
            case 45 -> "north-east";
            case 90 -> "east";
            case 135 -> "south-east";
            case 180 -> "south";
            case 225 -> "south-west";
            case 270 -> "west";
            default -> "north-west";
        };
    }
}
