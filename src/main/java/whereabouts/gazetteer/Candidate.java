package whereabouts.gazetteer;

/**
 * One ranked answer of a forward search.
 *
 * @param place         the place
 * @param score         ranking score, higher is better: the match tier ({@link MatchType#base()}: exact 3, prefix 2,
 *                      fuzzy 1) plus a part in [0, 1) from own-name match, importance, proximity and edit count
 * @param matchedName   the place's name (as stored, not folded) that matched the query
 * @param matchType     exact, prefix or fuzzy
 * @param alternateName true if {@code matchedName} is an alternate name, false if it is the place's own name
 * @param edits         Damerau–Levenshtein edits between folded query and folded name (0 unless fuzzy)
 */
public record Candidate(Place place, double score, String matchedName, MatchType matchType, boolean alternateName,
                        int edits) {
}
