package whereabouts.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.NameFolder;
import whereabouts.gazetteer.Place;
import whereabouts.gazetteer.ReverseResult;
import whereabouts.geo.Geodesy;
import whereabouts.network.RailNetwork;
import whereabouts.network.Station;

/**
 * Makes every station of the rail network in use a place of the gazetteer, in every script it has a name in, so
 * that search, the form and imports find it. A station whose name a place within {@value #SAME_PLACE_KM} km already
 * has (the town it is named after, or a station of the supplement) adds its other names to that place; any other
 * station becomes a place of its own (feature code RSTN) ranked as its town is: the population of the settlement
 * nearest to it within {@value #TOWN_KM} km.
 */
public final class StationPlaces {
    /** A place this close with the station's name is the station's own place, km. */
    static final double SAME_PLACE_KM = 25;
    /** The station's town lies within this distance, km. */
    static final double TOWN_KM = 15;
    /** Ids of station places: -1,000,000 - index in the network's station list (the supplement uses -1…). */
    static final long FIRST_ID = -1_000_000L;

    private StationPlaces() {
    }

    /** The gazetteer with the network's stations added (the same gazetteer when the network has none). */
    public static Gazetteer withStations(Gazetteer base, RailNetwork network) {
        if (network.stations().isEmpty()) {
            return base;
        }
        List<Place> places = new ArrayList<>(base.places());
        java.util.Map<Long, Integer> indexById = new java.util.HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            indexById.put(places.get(i).geonameId(), i);
        }
        List<Station> stations = network.stations();
        for (int i = 0; i < stations.size(); i++) {
            Station s = stations.get(i);
            Set<String> latin = latinNames(s);
            Optional<Integer> own = ownPlace(base, indexById, s, latin);
            if (own.isPresent()) {
                places.set(own.get(), withNames(places.get(own.get()), allNames(s)));
            } else {
                places.add(stationPlace(base, s, FIRST_ID - i));
            }
        }
        return Gazetteer.of(places);
    }

    private static Set<String> latinNames(Station s) {
        Set<String> out = new LinkedHashSet<>();
        out.add(NameFolder.fold(s.name()));
        out.add(NameFolder.fold(baseName(s.name())));
        String en = s.names().get("en");
        if (en != null) {
            out.add(NameFolder.fold(en));
        }
        return out;
    }

    /** "Muchnaya (Chernigovka)" → "Muchnaya". */
    static String baseName(String name) {
        int paren = name.indexOf('(');
        return paren > 0 ? name.substring(0, paren).strip() : name;
    }

    private static Set<String> allNames(Station s) {
        Set<String> out = new LinkedHashSet<>();
        out.add(s.name());
        out.add(baseName(s.name()));
        // by language code: the same order in every JVM (the prepared gazetteer is built in another one)
        out.addAll(new java.util.TreeMap<>(s.names()).values());
        return out;
    }

    /** Index of a place near the station whose own or alternate name is one of the station's Latin names. */
    private static Optional<Integer> ownPlace(Gazetteer base, java.util.Map<Long, Integer> indexById, Station s,
            Set<String> latin) {
        for (String name : List.of(s.name(), baseName(s.name()))) {
            for (var c : base.exactMatches(name, s.position())) {
                Place p = c.place();
                if (Geodesy.distanceMeters(p.location(), s.position()) > SAME_PLACE_KM * 1000) {
                    continue;
                }
                for (int k = 0; k < p.nameCount(); k++) {
                    if (latin.contains(NameFolder.fold(p.nameAt(k)))) {
                        return Optional.ofNullable(indexById.get(p.geonameId()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Place withNames(Place p, Set<String> names) {
        List<String> alternates = new ArrayList<>(p.alternateNames());
        Set<String> have = new java.util.HashSet<>();
        for (int k = 0; k < p.nameCount(); k++) {
            have.add(p.nameAt(k));
        }
        for (String n : names) {
            if (have.add(n)) {
                alternates.add(n);
            }
        }
        return new Place(p.geonameId(), p.name(), p.location(), p.featureCode(), p.countryCode(), p.admin1(),
                p.population(), p.timezone(), alternates, p.source());
    }

    private static Place stationPlace(Gazetteer base, Station s, long id) {
        Optional<ReverseResult> town = base.reverse(s.position(), TOWN_KM);
        Optional<ReverseResult> zone = town.isPresent() ? town : base.reverse(s.position(), 500);
        List<String> alternates = new ArrayList<>(allNames(s));
        alternates.remove(baseName(s.name()));
        String source = "Station of the rail network in use" + (s.positionSource() != null
                ? ", position " + s.positionSource() : "") + (s.km() != null ? ", km " + s.km() + " of "
                + s.kmLine() : "");
        return new Place(id, baseName(s.name()), s.position(), "RSTN",
                s.country() != null ? s.country() : zone.map(r -> r.place().countryCode()).orElse(""),
                town.map(r -> r.place().admin1()).orElse(""), town.map(r -> r.place().population()).orElse(0L),
                zone.map(r -> r.place().timezone()).orElse(""), alternates, source);
    }
}
