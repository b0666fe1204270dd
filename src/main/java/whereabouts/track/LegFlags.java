package whereabouts.track;

/**
 * What is wrong with a leg, if anything.
 *
 * @param implausible the leg needs a speed above the track's maximum even at the most favourable times
 * @param conflict    the two reports put the subject in two places at the same time
 * @param reason      a human sentence explaining the flags ("needs ≥ 1,234 km/h over 684 km in 1.0 h; max 80
 *                    km/h"), null when neither flag is set
 */
public record LegFlags(boolean implausible, boolean conflict, String reason) {
    public static final LegFlags NONE = new LegFlags(false, false, null);

    public boolean any() {
        return implausible || conflict;
    }
}
