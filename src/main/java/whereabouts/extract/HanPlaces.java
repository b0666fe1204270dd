package whereabouts.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import whereabouts.extract.PlaceCues.Cue;
import whereabouts.extract.PlaceCues.Role;
import whereabouts.extract.PlaceFinder.Lookup;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.geo.LatLon;

/**
 * Places in Chinese text: names after a verb or preposition of place (在, 到, 抵达, 离开, 从, 经, 赴, 前往, 途经, 进入, 驶离,
 * 靠泊, 飞抵), the longest the gazetteer knows (up to {@value #MAX_CHARS} characters). A city followed by a facility
 * ("莫斯科伏努科沃机场", "平壤顺安国际机场") is the facility; a facility suffix ("大连港", "哈桑站") asks for its feature
 * class when the whole is not a name. 从 and 离开 … 前往 make an origin, 前往 a destination. Thread-safe.
 */
final class HanPlaces {
    static final int MAX_CHARS = 9;
    private static final Pattern CUE = Pattern.compile("(在|到|抵达|抵達|离开|離開|从|從|经|經|赴|前往|途经|途經|进入|進入|"
            + "驶离|駛離|靠泊|停靠|飞抵|飛抵|驶入|抵)");

    private final Gazetteer gazetteer;

    HanPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void find(String s, int[] w, int base, LatLon near, List<Lookup> out) {
        String run = s.substring(w[0], w[1]);
        Matcher cue = CUE.matcher(run);
        int from = 0;
        while (from < run.length() && cue.find(from)) {
            int at = cue.end();
            Lookup first = longest(run, at, w[0] + base, near, cue.group(1));
            if (first != null && first.candidates() == null) { // "抵达越南同登站": past the country
                first = longest(run, first.end() - w[0] - base, w[0] + base, near, cue.group(1));
            }
            if (first == null || first.candidates() == null) {
                from = at;
                continue;
            }
            Lookup second = longest(run, first.end() - w[0] - base, w[0] + base, near, cue.group(1));
            Lookup chosen = second != null && second.candidates() != null
                    && !second.candidates().get(0).place().isSettlement() ? second : first;
            if (chosen == second) {
                chosen = new Lookup(first.start(), second.end(), second.name(), second.candidates(), second.feature(),
                        second.cue(), true, null);
            }
            out.add(chosen);
            from = chosen.end() - w[0] - base;
        }
    }

    private Lookup longest(String run, int from, int offset, LatLon near, String cueWord) {
        for (int len = Math.min(MAX_CHARS, run.length() - from); len >= 2; len--) {
            String name = run.substring(from, from + len);
            if (Countries.isCountry(name)) {
                return new Lookup(offset + from, offset + from + len, name, null, null, null, false, null);
            }
            List<Candidate> found = gazetteer.exactMatches(name, near);
            String feature = null;
            String matched = name;
            String suffix = FacilityWords.hanSuffix(name);
            if (found.isEmpty() && suffix != null) {
                matched = name.substring(0, name.length() - suffix.length());
                feature = FacilityWords.hanCode(suffix);
                found = Countries.isCountry(matched) ? List.of() : gazetteer.exactMatches(matched, near);
            }
            if (!found.isEmpty()) {
                Role role = cueWord.matches("从|從|离开|離開|驶离|駛離") ? Role.ORIGIN
                        : cueWord.equals("前往") ? Role.DESTINATION : Role.PLACE;
                return new Lookup(offset + from, offset + from + len, matched, found, feature,
                        new Cue(role, 0, 0, feature), false, null);
            }
        }
        return null;
    }
}
