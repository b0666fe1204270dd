package whereabouts.extract;

import java.util.List;

/**
 * The sentence a draft was read from and the spans of its place, time and source in it.
 *
 * @param sentence the sentence's text
 * @param start    index of the sentence's first character in the whole text
 * @param end      one past its last character
 * @param spans    place, time and source spans, indices into the whole text, in text order
 */
public record Evidence(String sentence, int start, int end, List<Span> spans) {
    public Evidence {
        spans = List.copyOf(spans);
    }
}
