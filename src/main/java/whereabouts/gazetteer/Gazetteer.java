package whereabouts.gazetteer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import whereabouts.geo.GeodesicInverse;
import whereabouts.geo.Geodesy;
import whereabouts.geo.LatLon;

/**
 * Offline multilingual gazetteer: forward search (exact, prefix and fuzzy matching of names in Latin, Cyrillic,
 * Hangul and Han scripts, ranked by {@link Ranking}) and reverse lookup (nearest settlement, distance and bearing).
 *
 * <p>Data: GeoNames cities500 subset ({@value #PLACES_RESOURCE}) plus the hand-curated supplement
 * ({@value #SUPPLEMENT_RESOURCE}); see {@code geodata/README.md}. Immutable after construction and thread-safe.
 */
public final class Gazetteer {
    public static final String PLACES_RESOURCE = "/geodata/gazetteer/places.tsv.gz";
    public static final String SUPPLEMENT_RESOURCE = "/geodata/gazetteer/supplement.tsv";
    /** Airports, ports, rivers and facilities that wire copy names (ids from -1001), applied after the supplement. */
    public static final String FACILITIES_RESOURCE = "/geodata/gazetteer/supplement-facilities.tsv";
    /** Airports (OpenFlights) in the supplement format, found by name, IATA and ICAO code (issue #20). */
    public static final String AIRPORTS_RESOURCE = "/geodata/gazetteer/airports.tsv.gz";
    /** Default bound of {@link #reverse(LatLon)}, kilometres. */
    public static final double DEFAULT_REVERSE_MAX_KM = 50.0;
    /** Weight of population when choosing the reverse-lookup place; see {@link #reverse(LatLon, double)}. */
    static final double REVERSE_POPULATION_WEIGHT = 0.1;
    /** Radius around {@code near} within which prefix matches are also looked for spatially, kilometres. */
    static final double NEAR_PREFIX_RADIUS_KM = 150.0;
    /** Fuzzy matching allows 1 edit from this many folded characters, and 2 edits from {@link #TWO_EDITS_MIN_LENGTH}. */
    static final int ONE_EDIT_MIN_LENGTH = 4;
    static final int TWO_EDITS_MIN_LENGTH = 6;

    private final List<Place> places;
    private final NameIndex names;
    private final SpatialGrid grid;
    private final double[] staticOwn;
    private final double[] staticAlt;
    /** Per place: 1 + weight × log10(1 + population) for settlements, 0 (excluded) otherwise. */
    private final float[] reverseDivisor;

    private Gazetteer(List<Place> places, NameIndex names) {
        this.places = places;
        this.names = names;
        this.grid = new SpatialGrid(this.places);
        this.staticOwn = new double[this.places.size()];
        this.staticAlt = new double[this.places.size()];
        this.reverseDivisor = new float[this.places.size()];
        for (int i = 0; i < staticOwn.length; i++) {
            staticAlt[i] = Ranking.staticScore(this.places.get(i), false);
            staticOwn[i] = Ranking.staticScore(this.places.get(i), true);
            Place p = this.places.get(i);
            reverseDivisor[i] = p.isSettlement()
                    ? (float) (1.0 + REVERSE_POPULATION_WEIGHT * Math.log10(1.0 + p.population())) : 0f;
        }
    }

    /** Loads the shipped gazetteer from the classpath (works from the jar and from any working directory). */
    public static Gazetteer loadDefault() {
        try (InputStream places = resource(PLACES_RESOURCE); InputStream supplement = resource(SUPPLEMENT_RESOURCE);
             InputStream airports = resource(AIRPORTS_RESOURCE); InputStream facilities = resource(FACILITIES_RESOURCE)) {
            PlaceFileReader reader = new PlaceFileReader();
            List<Place> list = reader.readPlaces(places);
            reader.applySupplement(list, supplement);
            reader.applySupplement(list, airports);
            reader.applySupplement(list, facilities);
            return of(list);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Loads from streams in the formats described in {@link PlaceFileReader}; the places stream may be gzipped.
     * {@code supplement} may be null. Closes the streams.
     */
    public static Gazetteer load(InputStream places, InputStream supplement) {
        return load(places, supplement, null);
    }

    /** As {@link #load(InputStream, InputStream)}, then adds {@code airports} (supplement format, may be gzipped or null). */
    public static Gazetteer load(InputStream places, InputStream supplement, InputStream airports) {
        PlaceFileReader reader = new PlaceFileReader();
        List<Place> list = reader.readPlaces(Objects.requireNonNull(places, "places"));
        if (supplement != null) {
            reader.applySupplement(list, supplement);
        }
        if (airports != null) {
            reader.applySupplement(list, airports);
        }
        return of(list);
    }

    /** A gazetteer over the given places, its name index built here (folding every name: the slow part). */
    public static Gazetteer of(List<Place> places) {
        List<Place> copy = List.copyOf(places);
        return new Gazetteer(copy, NameIndexBuilder.build(copy));
    }

    /** A gazetteer over places and the index built for them earlier ({@link GazetteerFile}). */
    static Gazetteer withIndex(List<Place> places, NameIndex index) {
        if (index.placeKeyStart.length != places.size() + 1) {
            throw new IllegalArgumentException("the name index was built for other places");
        }
        return new Gazetteer(List.copyOf(places), index);
    }

    NameIndex nameIndex() {
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + name + " is not on the classpath");
        }
        return in;
    }

    /** Number of places. */
    public int size() {
        return places.size();
    }

    /** All places, in file order. */
    public List<Place> places() {
        return places;
    }

    /**
     * Ranked candidates for a query, best first, at most {@code q.limit()}, at most one per place.
     * Exact matches of the folded name come first. Without one, prefix matches (autocomplete) and fuzzy matches
     * (typos: one edit for folded names of {@value #ONE_EDIT_MIN_LENGTH}–5 characters, two from
     * {@value #TWO_EDITS_MIN_LENGTH}) compete in one tier, as a noisy-channel speller ranks: the place's importance
     * less the cost of the completion or of the weighted edits ({@link Ranking#score}); an exact match means the
     * name was spelt as meant, so it looks for no typos. With {@code near}, places within
     * {@value #NEAR_PREFIX_RADIUS_KM} km whose names start with the query are added to the prefix matches even when
     * they are too unimportant to be reached otherwise.
     */
    public List<Candidate> search(GeocodeQuery q) {
        String key = NameFolder.fold(q.text());
        LatLon near = q.near();
        String country = q.country();
        java.util.Set<String> scriptCountries = Ranking.countriesWritingIn(q.text());
        Map<Integer, Candidate> byPlace = new HashMap<>();
        Collector collect = (type) -> (place, nameIndex, edits, cost) -> {
            Place p = places.get(place);
            if ((country != null && !country.equals(p.countryCode()))
                    || Ranking.codeNotTyped(p, p.nameAt(nameIndex), q.text())) {
                return;
            }
            boolean own = nameIndex == 0;
            double score = Ranking.score(type, own ? staticOwn[place] : staticAlt[place],
                    Ranking.nearBonus(p.location(), near) + Ranking.scriptBonus(p.countryCode(), scriptCountries)
                            + Ranking.codeBonus(p, p.nameAt(nameIndex), q.text()),
                    cost);
            Candidate old = byPlace.get(place);
            if (old == null || old.score() < score) {
                byPlace.put(place, new Candidate(p, score, p.nameAt(nameIndex), type, !own, edits));
            }
        };
        names.exact(key, collect.of(MatchType.EXACT));
        boolean exact = !byPlace.isEmpty();
        int want = near == null ? q.limit() : Math.max(4 * q.limit(), 40);
        names.prefix(key, want, place -> country == null || country.equals(places.get(place).countryCode()),
                collect.of(MatchType.PREFIX));
        if (near != null) {
            NameIndex.Sink sink = collect.of(MatchType.PREFIX);
            int prefixNode = names.prefixNode(key);
            if (prefixNode >= 0) {
                grid.candidates(near.lat(), near.lon(), NEAR_PREFIX_RADIUS_KM,
                        place -> names.prefixOfPlace(place, prefixNode, sink));
            }
        }
        if (!exact) { // typos compete with completions; an exact match means the name was spelt as meant
            names.fuzzy(key, allowedEdits(key), collect.of(MatchType.FUZZY));
        }
        List<Candidate> out = new ArrayList<>(byPlace.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.place().geonameId()));
        return out.size() > q.limit() ? List.copyOf(out.subList(0, q.limit())) : out;
    }

    /**
     * Places one of whose names folds exactly to {@code name}'s key, ranked as {@link #search} ranks exact
     * matches (own name, importance, proximity to {@code near}, script), best first; empty when none. No prefix or
     * fuzzy matching: cheap enough to try every candidate word of a long text.
     */
    public List<Candidate> exactMatches(String name, LatLon near) {
        String key = NameFolder.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> scriptCountries = Ranking.countriesWritingIn(name);
        Map<Integer, Candidate> byPlace = new HashMap<>();
        names.exact(key, (place, nameIndex, edits, cost) -> {
            Place p = places.get(place);
            if (Ranking.codeNotTyped(p, p.nameAt(nameIndex), name)) {
                return; // "the" in a sentence is not Teresina's airport (THE)
            }
            boolean own = nameIndex == 0;
            double score = Ranking.score(MatchType.EXACT, own ? staticOwn[place] : staticAlt[place],
                    Ranking.nearBonus(p.location(), near) + Ranking.scriptBonus(p.countryCode(), scriptCountries), 0);
            Candidate old = byPlace.get(place);
            if (old == null || old.score() < score) {
                byPlace.put(place, new Candidate(p, score, p.nameAt(nameIndex), MatchType.EXACT, !own, 0));
            }
        });
        List<Candidate> out = new ArrayList<>(byPlace.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.place().geonameId()));
        return out;
    }

    /**
     * Places within {@code radiusKm} of {@code at} (spherical distance) that pass {@code filter}, nearest first: the
     * airports around a city, the port of a town.
     */
    public List<Place> within(LatLon at, double radiusKm, java.util.function.Predicate<Place> filter) {
        List<Place> out = new ArrayList<>();
        grid.candidates(at.lat(), at.lon(), radiusKm, i -> {
            Place p = places.get(i);
            if (filter.test(p) && Ranking.sphericalKm(p.location(), at) <= radiusKm) {
                out.add(p);
            }
        });
        out.sort(Comparator.comparingDouble(p -> Ranking.sphericalKm(p.location(), at)));
        return out;
    }

    /** Allowed fuzzy edits for a folded query: 0 below 4 characters, 1 for 4–5, 2 from 6. */
    static int allowedEdits(String folded) {
        int n = folded.length();
        return n >= TWO_EDITS_MIN_LENGTH ? 2 : n >= ONE_EDIT_MIN_LENGTH ? 1 : 0;
    }

    /** {@link #reverse(LatLon, double)} with {@value #DEFAULT_REVERSE_MAX_KM} km. */
    public Optional<ReverseResult> reverse(LatLon point) {
        return reverse(point, DEFAULT_REVERSE_MAX_KM);
    }

    /**
     * The settlement (feature code PPL*) that best describes {@code point}, within {@code maxDistanceKm}
     * kilometres (0 &lt; max ≤ 1000), or empty. "Best" is the smallest distance divided by
     * (1 + {@value #REVERSE_POPULATION_WEIGHT} × log10(1 + population)): a town of 100,000 is preferred to a hamlet
     * 1.5 times closer. Stations, bridges and other non-settlements of the supplement are not used as reference
     * points. Distance and bearing (from the place to the point) are geodesic (WGS84).
     */
    public Optional<ReverseResult> reverse(LatLon point, double maxDistanceKm) {
        Objects.requireNonNull(point, "point");
        if (!(maxDistanceKm > 0 && maxDistanceKm <= 1000)) {
            throw new IllegalArgumentException("maxDistanceKm must be in (0, 1000], got " + maxDistanceKm);
        }
        int best = grid.nearest(point.lat(), point.lon(), maxDistanceKm, reverseDivisor);
        if (best < 0) {
            return Optional.empty();
        }
        Place p = places.get(best);
        GeodesicInverse g = Geodesy.inverse(p.location(), point);
        return Optional.of(ReverseResult.of(p, g.distanceKm(), g.initialBearingDegrees()));
    }

    /** Statistics for logs and benchmarks: places, distinct folded keys, postings, trie nodes. */
    public String stats() {
        return "places=" + places.size() + " keys=" + names.keyCount() + " postings=" + names.postingCount()
                + " trieNodes=" + names.nodeCount();
    }

    @FunctionalInterface
    private interface Collector {
        NameIndex.Sink of(MatchType type);
    }
}
