package whereabouts.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceCues.Role;
import whereabouts.extract.PlaceFinder.Lookup;
import whereabouts.extract.PlaceFinder.PlaceMention;
import whereabouts.gazetteer.Candidate;

/**
 * The places of a whole story, in two passes (as the Edinburgh Geoparser resolves a document, not a sentence): the
 * first finds every name ({@link PlaceFinder#lookups}) and takes those with one clear reading as anchors of the
 * {@link StoryContext}; the second chooses each name's place by the story ({@link PlaceRanker}), takes the facility
 * its words ask for, and marks a place far from all the others as doubtful. Within a sentence, an origin ("from
 * Pyongyang") gives no draft when the sentence also reports an arrival elsewhere, and a settlement gives none when a
 * facility of the same sentence lies within {@value #SAME_SPOT_KM} km ("crossed the Friendship Bridge into Dandong").
 */
final class StoryPlaces {
    static final double SAME_SPOT_KM = 10;
    /** Margin of the best candidate over the second for a name to count as clear. */
    static final double CLEAR_MARGIN = 0.2;
    private static final Pattern ARRIVAL = Pattern.compile("(?iu)\\b(arriv\\w*|land\\w*|reach\\w*|dock\\w*|berth\\w*|"
            + "touch\\w*\\s+down|pull\\w*\\s+into|flew\\s+(?:to|into)|sailed\\s+(?:to|into)|entered)\\b|прибы\\p{L}*|"
            + "прилет\\p{L}*|приземли\\p{L}*|도착|입항|착륙|抵达|抵達|到达|飞抵|靠泊");

    private StoryPlaces() {
    }

    static List<List<PlaceMention>> resolve(String text, List<Sentences.Sentence> sentences, StoryContext ctx,
                                             PlaceFinder finder) {
        List<List<Lookup>> found = new ArrayList<>();
        NameLookups memo = new NameLookups(finder.gazetteer(), ctx.near);
        for (Sentences.Sentence s : sentences) {
            List<Lookup> l = finder.lookups(s.text(text), s.start(), memo);
            found.add(l);
            for (Lookup k : l) {
                if (k.candidates() != null && clear(k, ctx)) {
                    ctx.anchor(PlaceRanker.choose(k.candidates(), k.feature(), ctx).place());
                }
            }
        }
        List<List<PlaceMention>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<PlaceMention> mentions = new ArrayList<>();
            for (Lookup k : found.get(i)) {
                if (k.candidates() != null) {
                    mentions.add(mention(k, ctx, finder));
                }
            }
            out.add(sameSpotAndOrigins(sentences.get(i).text(text), mentions));
        }
        return out;
    }

    private static boolean clear(Lookup k, StoryContext ctx) {
        if (k.candidates().size() == 1 || k.strong()) {
            return true;
        }
        List<Double> scores = new ArrayList<>();
        for (Candidate c : k.candidates()) {
            scores.add(PlaceRanker.score(c, k.feature(), ctx));
        }
        scores.sort(Comparator.reverseOrder());
        return scores.get(0) - scores.get(1) >= CLEAR_MARGIN;
    }

    private static PlaceMention mention(Lookup k, StoryContext ctx, PlaceFinder finder) {
        Candidate chosen = PlaceRanker.choose(k.candidates(), k.feature(), ctx);
        Candidate facility = PlaceRanker.facility(chosen, k.feature(), finder.gazetteer());
        if (facility != null) {
            chosen = facility;
        }
        String doubt = PlaceRanker.farReason(chosen, k.name(), ctx);
        Role role = k.cue() == null ? Role.PLACE : k.cue().role();
        double offset = k.cue() == null ? 0 : k.cue().offsetKm();
        double bearing = k.cue() == null ? 0 : k.cue().bearing();
        return new PlaceMention(k.start(), k.end(), k.name(), chosen, offset, bearing, role, doubt, k.note());
    }

    private static List<PlaceMention> sameSpotAndOrigins(String sentence, List<PlaceMention> mentions) {
        boolean arrival = ARRIVAL.matcher(sentence).find();
        boolean other = mentions.stream().anyMatch(m -> m.role() != Role.ORIGIN);
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (m.role() == Role.ORIGIN && other && arrival) {
                continue;
            }
            boolean shadowed = m.candidate().place().isSettlement() && mentions.stream().anyMatch(o -> o != m
                    && !o.candidate().place().isSettlement() && !o.candidate().place().featureCode().equals("COORD")
                    && PlaceRanker.km(o.candidate().place().location(), m.candidate().place().location()) <= SAME_SPOT_KM);
            if (!shadowed) {
                out.add(m.role() == Role.ORIGIN ? withRole(m, Role.PLACE) : m);
            }
        }
        return out;
    }

    private static PlaceMention withRole(PlaceMention m, Role role) {
        return new PlaceMention(m.start(), m.end(), m.name(), m.candidate(), m.offsetKm(), m.bearingDegrees(), role,
                m.doubt(), m.note());
    }
}
