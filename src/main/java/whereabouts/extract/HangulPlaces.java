package whereabouts.extract;

import java.util.List;
import whereabouts.extract.PlaceCues.Cue;
import whereabouts.extract.PlaceCues.Role;
import whereabouts.extract.PlaceFinder.Lookup;
import whereabouts.gazetteer.Candidate;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.geo.LatLon;

/**
 * Places in Korean text. A word (eojeol) is read without its particles by {@link KoreanWords} (Nori): "블라디보스토크에"
 * → 블라디보스토크. The locative cue is the particle itself (에, 에서, 으로, 로, 까지, 을/를 of a verb of movement) or a
 * following word of place ("부산 앞바다에", "평양 시내를"); "에서" after a word that a verb of departure follows makes it
 * the origin only when another place follows. A facility suffix ("하산역", "남포항", "인천국제공항") asks for its feature
 * class when the whole word is not a name. Thread-safe.
 */
final class HangulPlaces {
    private static final String[] PARTICLES = {"에서", "에", "으로", "로", "까지", "를", "을", "의"};
    private static final String[] PLACE_WORDS = {"앞바다", "인근", "근처", "부근", "일대", "시내", "앞", "외곽", "항구"};

    private final Gazetteer gazetteer;

    HangulPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void find(String s, List<int[]> words, int i, int base, LatLon near, List<Lookup> out) {
        int[] w = words.get(i);
        String word = s.substring(w[0], w[1]);
        int stemLength = KoreanWords.stemLength(word);
        String particle = word.substring(stemLength);
        String stem = word.substring(0, stemLength);
        for (String p : PARTICLES) {
            if (stem.endsWith(p) && stem.length() > p.length() + 1) {
                particle = p + particle; // Nori left the particle on an unknown name
                stem = stem.substring(0, stem.length() - p.length());
                break;
            }
        }
        boolean cue = !particle.isEmpty() && !particle.startsWith("의") && !particle.startsWith("은")
                && !particle.startsWith("는") && !particle.startsWith("이") && !particle.startsWith("가")
                && !particle.startsWith("과") && !particle.startsWith("와");
        if (!cue && i + 1 < words.size()) {
            String next = s.substring(words.get(i + 1)[0], words.get(i + 1)[1]);
            for (String pw : PLACE_WORDS) {
                cue |= next.startsWith(pw);
            }
        }
        String suffix = FacilityWords.koreanSuffix(stem);
        if (!cue && suffix == null || stem.length() < 2 || Countries.isCountry(stem)) {
            return;
        }
        List<Candidate> found = gazetteer.exactMatches(stem, near);
        String feature = null;
        String name = stem;
        if (found.isEmpty() && suffix != null) {
            name = stem.substring(0, stem.length() - suffix.length());
            feature = FacilityWords.koreanCode(suffix);
            found = name.length() < 2 || Countries.isCountry(name) ? List.of() : gazetteer.exactMatches(name, near);
        }
        if (found.isEmpty()) {
            return;
        }
        Role role = particle.startsWith("에서") && departure(s, w[1]) ? Role.ORIGIN : Role.PLACE;
        out.add(new Lookup(base + w[0], base + w[0] + stem.length(), name, found, feature,
                new Cue(role, 0, 0, feature), false, null));
    }

    private static boolean departure(String s, int from) {
        String rest = s.substring(from, Math.min(s.length(), from + 30));
        return rest.contains("출발") || rest.contains("떠나") || rest.contains("출항") || rest.contains("이륙");
    }
}
