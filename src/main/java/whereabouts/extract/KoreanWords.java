package whereabouts.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Korean word (eojeol) without its particles and endings ("블라디보스토크에" → 블라디보스토크, "평양에서" → 평양,
 * "남포항을" → 남포항), by Lucene's Nori morphological analyser: the trailing morphemes tagged as particles (J), endings
 * (E), copula (VCP) or verb suffixes (XSV, XSA) are dropped. Nori is not thread-safe, so each thread has its own
 * tokenizer; the dictionaries are shared and loaded once.
 */
final class KoreanWords {
    private static final ThreadLocal<KoreanTokenizer> TOKENIZER = ThreadLocal.withInitial(
            () -> new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.NONE, false));

    /** Words whose stem length is kept (Nori's analysis of a word never changes); further words are not kept. */
    static final int MAX_REMEMBERED = 50_000;
    private static final Map<String, Integer> STEM_LENGTHS = new ConcurrentHashMap<>();

    private KoreanWords() {
    }

    /** Length of {@code word} without its trailing particles and endings (the whole word when it has none). */
    static int stemLength(String word) {
        Integer known = STEM_LENGTHS.get(word);
        if (known != null) {
            return known;
        }
        int n = analyse(word);
        if (STEM_LENGTHS.size() < MAX_REMEMBERED) {
            STEM_LENGTHS.put(word, n);
        }
        return n;
    }

    private static int analyse(String word) {
        KoreanTokenizer t = TOKENIZER.get();
        int keep = 0;
        try {
            t.setReader(new StringReader(word));
            t.reset();
            OffsetAttribute offset = t.getAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = t.getAttribute(PartOfSpeechAttribute.class);
            while (t.incrementToken()) {
                POS.Tag tag = pos.getLeftPOS();
                boolean ending = tag == POS.Tag.J || tag == POS.Tag.E || tag == POS.Tag.VCP || tag == POS.Tag.XSV
                        || tag == POS.Tag.XSA || tag == POS.Tag.VV || tag == POS.Tag.VX;
                if (!ending) {
                    keep = offset.endOffset();
                }
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                t.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keep == 0 ? word.length() : keep;
    }
}
