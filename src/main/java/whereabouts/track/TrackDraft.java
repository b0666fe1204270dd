package whereabouts.track;

/** A validated track as the user gave it. {@code maxSpeedKmh} in km/h. */
public record TrackDraft(String name, String description, TravelMode mode, double maxSpeedKmh) {
}
