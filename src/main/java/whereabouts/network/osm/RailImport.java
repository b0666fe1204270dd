package whereabouts.network.osm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import whereabouts.osm.OsmFileException;
import whereabouts.osm.OsmFormat;
import whereabouts.network.RailGeoJsonReader;
import whereabouts.network.RailNetworkSource;

/**
 * Imports railway files into {@code <dataDir>/rail/}: one rail GeoJSON file per source plus the manifest
 * {@code network.json} ({@code files}, {@code imported}, {@code sources}). Every file is converted first, into
 * {@code .part} files; only when all have succeeded are they renamed into place and the manifest replaced in one
 * atomic move, so a failed import leaves the network in use as it was.
 */
public final class RailImport {
    /** What one source file contributed. */
    public record Source(String file, int lines, int borders, int stations, String importedAt) {
    }

    private final Path railDir;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RailImport(Path dataDir, Clock clock) {
        this.railDir = RailNetworkSource.railDirectory(dataDir);
        this.clock = clock;
    }

    /**
     * Converts {@code files} and makes them the network in use; with {@code add} they join the files imported
     * before. Throws {@link OsmFileException} (nothing changed) when any file cannot be used.
     */
    public List<Source> importFiles(List<Path> files, boolean add) {
        try {
            Files.createDirectories(railDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + railDir, e);
        }
        ObjectNode old = add ? readManifest() : null;
        Set<String> taken = new HashSet<>(existingNames());
        List<Path> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        CountryLocator countries = null;
        try {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new OsmFileException("no such file: " + file);
                }
                OsmFormat format = OsmFormat.of(file);
                String name = uniqueName(file, taken);
                Path part = railDir.resolve(name + ".part");
                parts.add(part);
                RailGeoJsonWriter.Counts counts;
                if (format == OsmFormat.GEOJSON) {
                    counts = copyGeoJson(file, part);
                } else {
                    RailwayExtract extract = RailwayExtract.read(file, format);
                    if (extract.ways.isEmpty()) {
                        throw new OsmFileException(file.getFileName() + " has no railways (no way tagged "
                                + "railway=rail, narrow_gauge or light_rail that is in service)");
                    }
                    if (countries == null) {
                        countries = new CountryLocator();
                    }
                    counts = new RailGeoJsonWriter(extract, countries).write(part);
                    if (counts.lines() == 0) {
                        throw new OsmFileException(file.getFileName() + " has railway ways but none of their nodes");
                    }
                }
                names.add(name);
                sources.add(new Source(file.getFileName().toString(), counts.lines(), counts.borders(),
                        counts.stations(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString()));
            }
            for (int i = 0; i < parts.size(); i++) {
                Files.move(parts.get(i), railDir.resolve(names.get(i)), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteAll(parts);
            throw new UncheckedIOException("cannot write the imported network into " + railDir, e);
        } catch (RuntimeException e) {
            deleteAll(parts);
            throw e;
        }
        writeManifest(old, names, sources);
        removeUnlisted();
        return sources;
    }

    /** Back to the shipped network: removes the imported one. True if there was one. */
    public boolean reset() {
        Path manifest = railDir.resolve(RailNetworkSource.MANIFEST);
        try {
            boolean had = Files.deleteIfExists(manifest);
            if (Files.isDirectory(railDir)) {
                try (Stream<Path> s = Files.list(railDir)) {
                    deleteAll(s.toList());
                }
                Files.deleteIfExists(railDir);
            }
            return had;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + railDir, e);
        }
    }

    private RailGeoJsonWriter.Counts copyGeoJson(Path file, Path part) throws IOException {
        JsonNode fc;
        try {
            fc = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new OsmFileException(file.getFileName() + " is not valid JSON (" + firstLine(e.getMessage())
                    + ")", e);
        }
        if (fc == null || !"FeatureCollection".equals(fc.path("type").asText())) {
            throw new OsmFileException(file.getFileName() + " is JSON but not a GeoJSON FeatureCollection");
        }
        int lines = 0;
        int borders = 0;
        int stations = 0;
        for (JsonNode f : fc.path("features")) {
            String type = f.path("geometry").path("type").asText();
            if (type.equals("LineString") && f.path("properties").path("border").asBoolean(false)) {
                borders++;
            } else if (type.equals("LineString")) {
                lines++;
            } else if (type.equals("Point") && f.path("properties").hasNonNull("name")) {
                stations++;
            }
        }
        if (lines == 0) {
            throw new OsmFileException(file.getFileName() + " has no railways (no LineString features)");
        }
        try {
            RailGeoJsonReader.networkOf(0, fc.toString()); // fails on coordinates the server could not read
        } catch (RuntimeException e) {
            throw new OsmFileException(file.getFileName() + " has features the rail network cannot read ("
                    + e.getMessage() + ")", e);
        }
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        return new RailGeoJsonWriter.Counts(lines, borders, stations);
    }

    private ObjectNode readManifest() {
        Path manifest = railDir.resolve(RailNetworkSource.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return (ObjectNode) json.readTree(manifest.toFile());
        } catch (IOException | ClassCastException e) {
            throw new OsmFileException("the imported network's " + manifest + " is unreadable; run import-rail "
                    + "--reset or import without --add", e);
        }
    }

    private void writeManifest(ObjectNode old, List<String> names, List<Source> sources) {
        ObjectNode m = json.createObjectNode();
        ArrayNode files = m.putArray("files");
        m.put("imported", true);
        ArrayNode src = m.putArray("sources");
        if (old != null) {
            old.path("files").forEach(files::add);
            old.path("sources").forEach(src::add);
        }
        names.forEach(files::add);
        for (Source s : sources) {
            ObjectNode o = src.addObject();
            o.put("file", s.file());
            o.put("lines", s.lines());
            o.put("borders", s.borders());
            o.put("stations", s.stations());
            o.put("importedAt", s.importedAt());
        }
        Path tmp = railDir.resolve(RailNetworkSource.MANIFEST + ".part");
        Path manifest = railDir.resolve(RailNetworkSource.MANIFEST);
        try {
            json.writeValue(tmp.toFile(), m);
            try {
                Files.move(tmp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + manifest, e);
        }
    }

    /** Deletes files of earlier imports that the manifest no longer lists. */
    private void removeUnlisted() {
        Set<String> keep = new LinkedHashSet<>(RailNetworkSource.manifestFiles(railDir));
        keep.add(RailNetworkSource.MANIFEST);
        try (Stream<Path> s = Files.list(railDir)) {
            deleteAll(s.filter(p -> !keep.contains(p.getFileName().toString())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + railDir, e);
        }
    }

    private List<String> existingNames() {
        try (Stream<Path> s = Files.list(railDir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + railDir, e);
        }
    }

    /** {@code north-korea-latest.osm.pbf} → {@code north-korea-latest.geojson}, numbered if taken. */
    private static String uniqueName(Path file, Set<String> taken) {
        String base = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : List.of(".osm.pbf", ".pbf", ".osm", ".geojson", ".json")) {
            if (base.endsWith(ext)) {
                base = base.substring(0, base.length() - ext.length());
                break;
            }
        }
        base = base.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty() || base.equals("network")) {
            base = "osm";
        }
        String name = base + ".geojson";
        for (int i = 2; taken.contains(name) || taken.contains(name + ".part"); i++) {
            name = base + "-" + i + ".geojson";
        }
        taken.add(name);
        return name;
    }

    private static void deleteAll(List<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort: a stray file is removed by the next import
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
