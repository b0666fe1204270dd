package whereabouts.gazetteer;

/** How a query matched a name. Every exact match ranks above every prefix match, which ranks above every fuzzy one. */
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

    /** Score floor of this tier; scores within a tier lie in [base, base + 1). */
    public double base() {
        return base;
    }

    /** Lower-case name for JSON: "exact", "prefix", "fuzzy". */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
