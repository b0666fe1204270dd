package whereabouts.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * The one decision of how a place is named on the page (#25 "one script and one spelling per place, following
 * 'Names in'"): {@link #name(Place, LabelScript)} is used for map labels, the status line's descriptions, the
 * stations a leg passes and the places sightings resolved to, so that a place reads the same everywhere in the
 * chosen script. A station of the rail network is named through the gazetteer place it is
 * ({@link #station(String, LatLon)}: the town it merged into or its own station place), so that "Razdolnoye"
 * station and "Razdol’noye" the town, the sighting that resolved to it, do not stand side by side.
 */
public final class PlaceNames {
    /** A station's place lies this close to it (the distance StationPlaces merges within), km. */
    static final double STATION_PLACE_KM = 25;

    private final Gazetteer gazetteer;
    private final long[] sortedIds;
    private final int[] indexOfSorted;
    /** Station name and position → its place: the network's stations are few, and asked for on every path. */
    private final java.util.Map<String, Optional<Place>> stations = new java.util.concurrent.ConcurrentHashMap<>();

    public PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<Place> places = gazetteer.places();
        Integer[] order = new Integer[places.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(places.get(a).geonameId(), places.get(b).geonameId()));
        sortedIds = new long[order.length];
        indexOfSorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = places.get(order[i]).geonameId();
            indexOfSorted[i] = order[i];
        }
    }

    /** The place's name in {@code script}: its own (Latin) name, or its name in that script where it has one. */
    public static String name(Place place, LabelScript script) {
        String inScript = PlaceLabels.nameIn(place, script);
        return inScript != null ? inScript : place.name();
    }

    /** The place with this GeoNames (or supplement, or station) id. */
    public Optional<Place> byId(long id) {
        int at = Arrays.binarySearch(sortedIds, id);
        return at < 0 ? Optional.empty() : Optional.of(gazetteer.places().get(indexOfSorted[at])); // ids are unique
    }

    /** The name of the place with this id in {@code script}, or null when there is no such place. */
    public String nameOf(Long id, LabelScript script) {
        return id == null ? null : byId(id).map(p -> name(p, script)).orElse(null);
    }

    /**
     * The name in {@code script} of the place a sighting resolved to, when the sighting stands at it (within
     * {@link ReverseResult#AT_PLACE_KM}); null otherwise: a sighting whose coordinates were given elsewhere (a click
     * on the map, a typed position) or a place text that is not one of the place's names keeps the place text the
     * editor typed, not the name of the nearest town.
     */
    public String nameAt(Long resolvedId, LatLon point, String typed, LabelScript script) {
        if (resolvedId == null) {
            return null;
        }
        return byId(resolvedId)
                .filter(p -> Geodesy.distanceMeters(p.location(), point) < ReverseResult.AT_PLACE_KM * 1000)
                .filter(p -> typed == null || typed.isBlank() || isNameOf(typed, p))
                .map(p -> name(p, script)).orElse(null);
    }

    /** Whether {@code typed} is one of the place's names, ignoring case, accents and punctuation ("Artyom", "Artëm"). */
    static boolean isNameOf(String typed, Place place) {
        String key = folded(typed);
        return key.equals(folded(place.name())) || place.alternateNames().stream().anyMatch(n -> key.equals(folded(n)));
    }

    private static String folded(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The gazetteer place a station of the network is: one within {@value #STATION_PLACE_KM} km of it with the
     * station's name (or the name before a parenthesis, "Muchnaya (Chernigovka)") as one of its names, nearest
     * first.
     */
    public Optional<Place> station(String stationName, LatLon at) {
        return stations.computeIfAbsent(stationName + '@' + at.lat() + ',' + at.lon(), k -> findStation(stationName, at));
    }

    private Optional<Place> findStation(String stationName, LatLon at) {
        String base = stationName.contains("(") ? stationName.substring(0, stationName.indexOf('(')).strip()
                : stationName;
        for (String n : base.equals(stationName) ? List.of(stationName) : List.of(stationName, base)) {
            String key = NameFolder.fold(n);
            // a place named so in its own name (the town "Khasan") before one that has it as an alternate name
            // (the supplement's "Khasan station"), then the nearest
            Optional<Place> best = gazetteer.exactMatches(n, at).stream().map(Candidate::place)
                    .filter(p -> Geodesy.distanceMeters(p.location(), at) <= STATION_PLACE_KM * 1000)
                    .min(java.util.Comparator.<Place>comparingInt(p -> NameFolder.fold(p.name()).equals(key) ? 0 : 1)
                            .thenComparingDouble(p -> Geodesy.distanceMeters(p.location(), at)));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** A station's name in {@code script}, through its place; its own name when no place is found. */
    public String stationName(String stationName, LatLon at, LabelScript script) {
        return station(stationName, at).map(p -> name(p, script)).orElse(stationName);
    }

    /**
     * "24 km E of Sunch’ŏn" for {@code point} with the reference place named in {@code script}, within
     * {@code maxKm}; null when no settlement is that close.
     */
    public String describe(LatLon point, double maxKm, LabelScript script) {
        return gazetteer.reverse(point, maxKm)
                .map(r -> ReverseResult.describe(name(r.place(), script), r.distanceKm(), r.bearingDegrees()))
                .orElse(null);
    }

    /**
     * "at Artyom-Primorsky-1" for a point at (within {@link ReverseResult#AT_PLACE_KM}) the place a sighting
     * resolved to, so that the place the editor chose is the one the page names; otherwise as {@link #describe}.
     */
    public String describeAt(LatLon point, Long resolvedId, double maxKm, LabelScript script) {
        if (resolvedId != null) {
            Optional<Place> own = byId(resolvedId);
            if (own.isPresent() && Geodesy.distanceMeters(own.get().location(), point)
                    < ReverseResult.AT_PLACE_KM * 1000) {
                return "at " + name(own.get(), script);
            }
        }
        return describe(point, maxKm, script);
    }
}
