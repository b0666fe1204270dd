package whereabouts.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import whereabouts.geo.LatLon;

/**
 * Reads the gazetteer files written by {@code geodata/tools/build-gazetteer.mjs} and the hand-curated supplement.
 *
 * <p>Places file (tab-separated, UTF-8, optionally gzipped, header row first): {@code id, name, asciiname,
 * alternatenames (comma-separated), lat, lon, feature_code, country, admin1, population, timezone}. The ASCII
 * name is not used (names are folded by {@link NameFolder}).
 *
 * <p>Supplement file (tab-separated, header row): {@code action, id, name, alternatenames, lat, lon, feature_code,
 * country, admin1, population, timezone, source}. {@code action=place} adds a place (negative id);
 * {@code action=names} appends alternate names to the existing place with that id.
 */
final class PlaceFileReader {
    private final Map<String, String> pool = new HashMap<>();

    /** Reads a places file; gzip is detected from the stream's magic bytes. Closes the stream. */
    List<Place> readPlaces(InputStream in) {
        List<Place> places = new ArrayList<>(65_536);
        try (BufferedReader r = reader(in)) {
            String line = r.readLine(); // header
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = split(line, 11, lineNo);
                places.add(new Place(Long.parseLong(f[0]), f[1], new LatLon(Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])), intern(f[6]), intern(f[7]), intern(f[8]), parsePopulation(f[9]),
                        intern(f[10]), splitNames(f[3]), Place.GEONAMES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }

    /** Applies a supplement file to {@code places} (modified in place). Closes the stream. */
    void applySupplement(List<Place> places, InputStream in) {
        Map<Long, Integer> byId = new HashMap<>(places.size() * 2);
        for (int i = 0; i < places.size(); i++) {
            byId.put(places.get(i).geonameId(), i);
        }
        try (BufferedReader r = reader(in)) {
            String line = r.readLine(); // header
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = split(line, 12, lineNo);
                long id = Long.parseLong(f[1]);
                switch (f[0]) {
                    case "place" -> {
                        if (id >= 0 || byId.containsKey(id)) {
                            throw new IllegalStateException("supplement line " + lineNo + ": new places need a unique "
                                    + "negative id, got " + id);
                        }
                        byId.put(id, places.size());
                        places.add(new Place(id, f[2], new LatLon(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
                                intern(f[6]), intern(f[7]), intern(f[8]), parsePopulation(f[9]), intern(f[10]),
                                splitNames(f[3]), f[11]));
                    }
                    case "names" -> {
                        Integer idx = byId.get(id);
                        if (idx == null) {
                            throw new IllegalStateException("supplement line " + lineNo + ": no place with id " + id);
                        }
                        Place p = places.get(idx);
                        LinkedHashSet<String> names = new LinkedHashSet<>(p.alternateNames());
                        names.addAll(splitNames(f[3]));
                        places.set(idx, new Place(p.geonameId(), p.name(), p.location(), p.featureCode(),
                                p.countryCode(), p.admin1(), p.population(), p.timezone(), List.copyOf(names),
                                p.source() + "; names added by supplement: " + f[11]));
                    }
                    default -> throw new IllegalStateException("supplement line " + lineNo + ": unknown action '"
                            + f[0] + "' (expected place or names)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader reader(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        InputStream data = (m1 == 0x1f && m2 == 0x8b) ? new GZIPInputStream(b, 1 << 16) : b;
        return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String[] split(String line, int columns, int lineNo) {
        String[] f = new String[columns];
        int start = 0;
        for (int i = 0; i < columns; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                if (i != columns - 1) {
                    throw new IllegalStateException("line " + lineNo + ": expected " + columns + " columns, got " + (i + 1));
                }
                tab = line.length();
            }
            f[i] = line.substring(start, tab);
            start = tab + 1;
        }
        return f;
    }

    private static List<String> splitNames(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        String[] parts = field.split(",");
        int n = 0;
        for (String p : parts) {
            String s = p.strip();
            if (!s.isEmpty()) {
                parts[n++] = s;
            }
        }
        return Arrays.asList(Arrays.copyOf(parts, n));
    }

    private static long parsePopulation(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private String intern(String s) {
        return pool.computeIfAbsent(s, k -> k);
    }
}
