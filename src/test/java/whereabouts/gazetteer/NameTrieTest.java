package whereabouts.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact trie (issue #22): keys are not stored as strings, a key is the rank of its end node. Drawn for the
 * keys below (preorder node numbers in brackets, * where a key ends):
 * <pre>
 *   root[0] ─ a[1]* ─ b[2]* ─ c[3]*
 *           └ b[4]* ─ a[5]*
 *           └ c[6] ─ d[7]*
 * </pre>
 */
class NameTrieTest {
    private static final String[] KEYS = {"a", "ab", "abc", "b", "ba", "cd"};
    private final NameTrie trie = NameTrie.build(KEYS, new float[KEYS.length]);

    @Test
    void everyKeyIsFoundByItsSpellingAndSpeltBack() {
        for (int k = 0; k < KEYS.length; k++) {
            assertThat(trie.key(KEYS[k])).as(KEYS[k]).isEqualTo(k);
            assertThat(trie.keyString(k)).isEqualTo(KEYS[k]);
        }
        assertThat(trie.keyCount()).isEqualTo(KEYS.length);
        assertThat(trie.nodeCount()).isEqualTo(8);
    }

    @Test
    void aPrefixThatIsNoKeyIsNotAKey() {
        assertThat(trie.key("c")).isEqualTo(-1);
        assertThat(trie.key("abd")).isEqualTo(-1);
        assertThat(trie.key("x")).isEqualTo(-1);
        assertThat(trie.keyAt(0)).isEqualTo(-1);
        assertThat(trie.keyAt(6)).isEqualTo(-1);
        assertThat(trie.keyAt(7)).isEqualTo(5);
    }

    @Test
    void keysBelowAPrefixAreTheLongerOnesThatStartWithIt() {
        int a = trie.walk("a");
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().filter(k -> trie.keyBelow(k, a)).toList())
                .containsExactly(1, 2); // ab, abc: not a itself, not b
        int root = 0;
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().filter(k -> trie.keyBelow(k, root)).toList())
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void pooledNamesEqualTheListTheyWereMadeFrom() {
        PooledNames.Pool pool = new PooledNames.Pool();
        List<String> names = List.of("Хасан", "하산", "Khasan", "");
        for (String n : names) {
            byte[] utf8 = n.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            pool.add(utf8, utf8.length);
        }
        pool.trim();
        assertThat(pool.names(0, 4)).isEqualTo(names).hasSameHashCodeAs(names);
        assertThat(pool.names(1, 2)).containsExactly("하산", "Khasan");
        assertThat(pool.names(4, 0)).isEmpty();
    }
}
