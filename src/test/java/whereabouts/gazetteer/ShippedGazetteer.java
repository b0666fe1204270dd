package whereabouts.gazetteer;

/** The real shipped gazetteer, loaded once per test JVM and shared by the test classes (read-only). */
final class ShippedGazetteer {
    private ShippedGazetteer() {
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = Gazetteer.loadDefault();
    }

    static Gazetteer get() {
        return Holder.INSTANCE;
    }
}
