package whereabouts.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Builds a {@link NameIndex} from places: folds every name ({@link NameFolder}), keeps every distinct key once,
 * sorted, with its postings (place index, name number) in primitive arrays, and builds the {@link NameTrie} over
 * the keys. The work the build step does once ({@link GazetteerFile}) instead of every start.
 */
final class NameIndexBuilder {
    private NameIndexBuilder() {
    }

    static NameIndex build(List<Place> places) {
        int n = places.size();
        float[] importance = new float[n];
        HashMap<String, Integer> ids = new HashMap<>(1 << 20);
        IntArray postKey = new IntArray(1 << 19);
        IntArray postPlaceList = new IntArray(1 << 19);
        IntArray postNameList = new IntArray(1 << 19);
        // Folding dominates the build; it is independent per place, so it runs in parallel.
        String[][] folded = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Place p = places.get(i);
            String[] f = new String[Math.min(p.nameCount(), Character.MAX_VALUE + 1)];
            for (int j = 0; j < f.length; j++) {
                f[j] = NameFolder.fold(p.nameAt(j));
            }
            folded[i] = f;
        });
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            importance[i] = (float) Ranking.importance(places.get(i));
            seen.clear();
            for (int j = 0; j < folded[i].length; j++) {
                String key = folded[i][j];
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                Integer id = ids.get(key);
                if (id == null) {
                    id = ids.size();
                    ids.put(key, id);
                }
                postKey.add(id);
                postPlaceList.add(i);
                postNameList.add(j);
            }
        }
        String[] keys = ids.keySet().toArray(new String[0]);
        Arrays.parallelSort(keys);
        int[] rankOfId = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
            rankOfId[ids.get(keys[r])] = r;
        }
        int postings = postKey.size();
        int[] postStart = new int[keys.length + 1];
        for (int k = 0; k < postings; k++) {
            postStart[rankOfId[postKey.get(k)] + 1]++;
        }
        for (int r = 0; r < keys.length; r++) {
            postStart[r + 1] += postStart[r];
        }
        int[] postPlace = new int[postings];
        char[] postName = new char[postings];
        float[] keyBest = new float[keys.length];
        int[] fill = Arrays.copyOf(postStart, keys.length);
        int[] placeKeyStart = new int[n + 1];
        for (int k = 0; k < postings; k++) {
            int r = rankOfId[postKey.get(k)];
            int at = fill[r]++;
            int place = postPlaceList.get(k);
            int name = postNameList.get(k);
            postPlace[at] = place;
            postName[at] = (char) name;
            keyBest[r] = Math.max(keyBest[r], importance[place] + (name == 0 ? (float) Ranking.OWN_NAME_BONUS : 0f));
            placeKeyStart[place + 1]++;
        }
        for (int i = 0; i < n; i++) {
            placeKeyStart[i + 1] += placeKeyStart[i];
        }
        int[] placeKeys = new int[postings];
        int[] placeFill = Arrays.copyOf(placeKeyStart, n);
        for (int k = 0; k < postings; k++) {
            placeKeys[placeFill[postPlaceList.get(k)]++] = rankOfId[postKey.get(k)];
        }
        return new NameIndex(postStart, postPlace, postName, keyBest, placeKeyStart, placeKeys,
                NameTrie.build(keys, keyBest));
    }
}
