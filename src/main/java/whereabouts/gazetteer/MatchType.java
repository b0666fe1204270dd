package whereabouts.gazetteer;

/**
 * How a query matched a name. Every exact match ranks above every other; prefix and fuzzy matches share one tier
 * and are ranked by importance less the cost of the completion or of the typos ({@link Ranking#score}).
 */
public enum MatchType {
    /** The folded query equals the folded name. */
    EXACT(3.0),
    /** The folded query is a proper prefix of the folded name (autocomplete). */
    PREFIX(2.0),
    /** The folded name is within a small Damerau–Levenshtein distance of the folded query (typos). */
    FUZZY(1.0);

    private final double base;

    MatchType(double base) {
        this.base = base;
    }

    /** Nominal tier of this kind (exact 3, prefix 2, fuzzy 1); {@link Ranking#score} places prefix and fuzzy in [1, 3). */
    public double base() {
        return base;
    }

    /** Lower-case name for JSON: "exact", "prefix", "fuzzy". */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
