package whereabouts.network;

/**
 * How the measure (chainage, km) of a stretch of line was obtained: between two published km posts
 * ({@link #KM_POST}), extended past the last km post with the nearest calibrated stretch's factor ({@link #SCALED}),
 * or the drawing's own geodesic length where the line has no usable km posts ({@link #DRAWN}).
 */
public enum MeasureSource {
    KM_POST("km-post"),
    SCALED("scaled"),
    DRAWN("drawn");

    private final String wire;

    MeasureSource(String wire) {
        this.wire = wire;
    }

    /** The name used in the API and in GeoJSON ({@code km-post}, {@code scaled}, {@code drawn}). */
    public String wire() {
        return wire;
    }
}
