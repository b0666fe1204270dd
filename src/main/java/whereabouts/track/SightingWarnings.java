package whereabouts.track;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * The checks a new or edited sighting gets before it is stored, against the track's other sightings:
 * <ul>
 *   <li>{@code duplicate}: an existing report of the same kind whose time window overlaps this one's and whose
 *       place is the same (the same gazetteer entry, or within {@value #SAME_PLACE_KM} km plus both location
 *       uncertainties);</li>
 *   <li>{@code implausible_speed} and {@code conflict}: {@link PlausibilityCheck} on the legs to the previous
 *       and the next sighting in time, routed as the trajectory routes them;</li>
 *   <li>{@code place_coordinates_mismatch}: the typed place, geocoded, lies more than
 *       {@value #MISMATCH_KM} km (or the location uncertainty, if larger) from the typed coordinates.</li>
 * </ul>
 * Pure: the caller passes the router and the geocoded place.
 */
public final class SightingWarnings {
    /** Two reports this close (plus their uncertainties) are at the same place, km. */
    static final double SAME_PLACE_KM = 2;
    /** A typed place farther than this from the typed coordinates is worth a word, km. */
    static final double MISMATCH_KM = 25;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Comparator<Sighting> TIME_ORDER =
            Comparator.comparing(Sighting::instant).thenComparingLong(s -> s.id() == 0 ? Long.MAX_VALUE : s.id());

    private SightingWarnings() {
    }

    /**
     * @param track          the track written to (mode and maximum speed)
     * @param others         the track's other live reports (not {@code candidate}'s earlier revision)
     * @param candidate      the report a save would store (id 0 when new)
     * @param router         routes legs as the trajectory does
     * @param geocodedPlace  where the typed place name lies when coordinates were typed too, else null
     */
    public static List<SightingWarning> check(Track track, List<Sighting> others, Sighting candidate,
                                              LegRouter router, LatLon geocodedPlace) {
        List<SightingWarning> out = new ArrayList<>();
        for (Sighting other : others) {
            if (isDuplicate(candidate, other)) {
                out.add(new SightingWarning("duplicate", "observedAt", "Sighting #" + other.id() + " ("
                        + name(other) + ", " + UTC.format(other.instant()) + ", " + other.source()
                        + ") already reports the same place at the same time.", other.id(), null, null));
            }
        }
        if (candidate.kind() == SightingKind.SIGHTING) {
            List<Sighting> line = new ArrayList<>(others.stream().filter(s -> s.kind() == SightingKind.SIGHTING)
                    .toList());
            line.add(candidate);
            line.sort(TIME_ORDER);
            int i = line.indexOf(candidate);
            if (i > 0) {
                legWarnings(track, line.get(i - 1), candidate, line.get(i - 1), router, out);
            }
            if (i < line.size() - 1) {
                legWarnings(track, candidate, line.get(i + 1), line.get(i + 1), router, out);
            }
        }
        if (geocodedPlace != null && candidate.place() != null) {
            double km = Geodesy.distanceMeters(geocodedPlace, candidate.position()) / 1000.0;
            if (km > Math.max(MISMATCH_KM, candidate.locationUncertaintyOrZeroKm())) {
                out.add(new SightingWarning("place_coordinates_mismatch", "place", String.format(Locale.US,
                        "“%s” is %,.0f km from the coordinates given (%.4f, %.4f): check the place or the "
                                + "coordinates.", candidate.place(), km, candidate.position().lat(),
                        candidate.position().lon()), null, Math.round(km * 10) / 10.0, null));
            }
        }
        return out;
    }

    private static boolean isDuplicate(Sighting a, Sighting b) {
        if (a.kind() != b.kind() || !TimeWindow.of(a).overlaps(TimeWindow.of(b))) {
            return false;
        }
        if (a.resolved() != null && b.resolved() != null && a.resolved().geonameId() == b.resolved().geonameId()
                && a.place() != null && b.place() != null) {
            return true;
        }
        double km = Geodesy.distanceMeters(a.position(), b.position()) / 1000.0;
        return km <= SAME_PLACE_KM + a.locationUncertaintyOrZeroKm() + b.locationUncertaintyOrZeroKm();
    }

    private static void legWarnings(Track track, Sighting from, Sighting to, Sighting neighbour, LegRouter router,
                                    List<SightingWarning> out) {
        double lengthKm = router.route(from.position(), to.position(), track.mode()).lengthKm();
        LegFlags flags = PlausibilityCheck.check(from, to, lengthKm, track.maxSpeedKmh());
        String leg = (from == neighbour ? "From sighting #" + neighbour.id() + " (" + name(neighbour) + ")"
                : "To sighting #" + neighbour.id() + " (" + name(neighbour) + ")");
        if (flags.implausible()) {
            double hours = Math.max(PlausibilityCheck.hours(TimeWindow.of(from).start(), TimeWindow.of(to).end()),
                    0);
            Double speed = hours > 0 ? Math.round(lengthKm / hours) * 1.0 : null;
            out.add(new SightingWarning("implausible_speed", "observedAt", leg + ": " + reason(flags, "needs")
                    + ".", neighbour.id(), null, speed));
        }
        if (flags.conflict()) {
            out.add(new SightingWarning("conflict", "observedAt", leg + ": " + reason(flags, "reported") + ".",
                    neighbour.id(), null, null));
        }
    }

    /** The part of the flags' reason that starts with {@code start} (the reason joins both with "; "). */
    private static String reason(LegFlags flags, String start) {
        for (String part : flags.reason().split("; (?=needs|reported)")) {
            if (part.startsWith(start)) {
                return part;
            }
        }
        return flags.reason();
    }

    private static String name(Sighting s) {
        if (s.place() != null) {
            return s.place();
        }
        return s.locationDescription() != null ? s.locationDescription()
                : String.format(Locale.US, "%.4f, %.4f", s.position().lat(), s.position().lon());
    }
}
