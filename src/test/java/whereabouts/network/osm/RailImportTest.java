package whereabouts.network.osm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import whereabouts.Cli;
import whereabouts.network.RailNetwork;
import whereabouts.network.RailNetworkSource;

/** {@code import-rail} on OSM files the tests draw, written both as OSM XML and as PBF. */
class RailImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private Run importRail(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "import-rail";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Cli.run(all, Map.of("WHEREABOUTS_DATA_DIR", dataDir().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path railDir() {
        return RailNetworkSource.railDirectory(dataDir());
    }

    private JsonNode manifest() throws IOException {
        return JSON.readTree(railDir().resolve("network.json").toFile());
    }

    /** Every feature of every imported file. */
    private List<JsonNode> features() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : manifest().path("files")) {
            JSON.readTree(railDir().resolve(f.asText()).toFile()).path("features").forEach(out::add);
        }
        return out;
    }

    private List<JsonNode> lines() throws IOException {
        return features().stream().filter(f -> f.path("geometry").path("type").asText().equals("LineString")
                && !f.path("properties").path("border").asBoolean(false)).toList();
    }

    private static long[] ids(long... ids) {
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"branch.osm", "branch.osm.pbf"})
    void aBranchIsJoinedToTheMainLineAtTheNodeTheyShare(String name) throws IOException {
        OsmFixture osm = new OsmFixture();
        long a = osm.node(47.00, 100.00);
        long b = osm.node(47.01, 100.05);
        long c = osm.node(47.00, 100.10);
        long d = osm.node(47.00, 100.15);
        long e = osm.node(47.05, 100.12);
        long f = osm.node(47.10, 100.16);
        long main = osm.way(ids(a, b, c, d), "railway", "rail", "name", "Main line", "gauge", "1520");
        long branch = osm.way(ids(c, e, f), "railway", "rail", "ref", "B1", "usage", "branch");

        Run run = importRail(osm.write(dir.resolve(name)).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported " + name + ": 3 lines");
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3); // the main line is split at the junction
        JsonNode firstHalf = lines.get(0).path("properties");
        assertThat(firstHalf.path("line").asText()).isEqualTo("Main line");
        assertThat(firstHalf.path("gauge_mm").asInt()).isEqualTo(1520);
        assertThat(firstHalf.path("osm_way").asLong()).isEqualTo(main);
        assertThat(firstHalf.has("measures")).isFalse();
        assertThat(lines.get(0).path("geometry").path("coordinates")).hasSize(3);
        assertThat(lines.get(0).path("geometry").path("coordinates").get(2).toString())
                .isEqualTo(lines.get(1).path("geometry").path("coordinates").get(0).toString());
        JsonNode br = lines.get(2).path("properties");
        assertThat(br.path("line").asText()).isEqualTo("B1");
        assertThat(br.path("ref").asText()).isEqualTo("B1");
        assertThat(br.path("usage").asText()).isEqualTo("branch");
        assertThat(br.path("gauge_mm").isNull()).isTrue();
        assertThat(br.path("osm_way").asLong()).isEqualTo(branch);

        RailNetwork network = RailNetworkSource.fromDirectory(railDir());
        assertThat(network.nodeCount()).isEqualTo(6);
        assertThat(new ConnectivityInspector<>(network.graph()).isConnected()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lifecycle.osm", "lifecycle.osm.pbf"})
    void waysNotInServiceAreLeftOut(String name) throws IOException {
        OsmFixture osm = new OsmFixture();
        long[] n = new long[8];
        for (int i = 0; i < n.length; i++) {
            n[i] = osm.node(47.0 + i * 0.01, 100.0);
        }
        long kept = osm.way(ids(n[0], n[1]), "railway", "rail");
        osm.way(ids(n[1], n[2]), "railway", "abandoned");
        osm.way(ids(n[2], n[3]), "railway", "rail", "disused", "yes");
        osm.way(ids(n[3], n[4]), "railway", "rail", "abandoned:railway", "rail");
        osm.way(ids(n[4], n[5]), "railway", "construction", "construction", "rail");
        osm.way(ids(n[5], n[6]), "railway", "rail", "proposed", "yes");
        osm.way(ids(n[6], n[7]), "highway", "primary");
        long narrow = osm.way(ids(n[6], n[7]), "railway", "narrow_gauge", "razed", "no");

        Run run = importRail(osm.write(dir.resolve(name)).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(lines()).extracting(l -> l.path("properties").path("osm_way").asLong())
                .containsExactly(kept, narrow);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tumen.osm", "tumen.osm.pbf"})
    void stationsKeepEveryNameAndKmPostAndTheBorderIsFound(String name) throws IOException {
        OsmFixture osm = new OsmFixture();
        long hongui = osm.node(42.4255, 130.5366, "railway", "station", "name", "홍의", "name:en", "Hongui",
                "name:ru", "Хоный", "name:zh", "洪儀", "railway:position", "pkm:0,0");
        long mid = osm.node(42.4230, 130.5700);
        // Natural Earth's 1:10m border runs west of the real river here: it puts Tumangang station in Russia.
        long tumangang = osm.node(42.4214, 130.6081, "railway", "station", "name", "두만강",
                "name:en", "Tumangang", "name:ru", "Туманган", "railway:position", "9.5");
        long khasan = osm.node(42.430056, 130.644917, "railway", "station", "name", "Хасан", "name:en", "Khasan",
                "railway:position", "11+700");
        osm.node(42.45, 130.66, "railway", "station", "name", "Ghost", "disused", "yes");
        osm.way(ids(hongui, mid, tumangang, khasan), "railway", "rail", "name", "Hongui Line");

        Run run = importRail(osm.write(dir.resolve(name)).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> all = features();
        assertThat(lines()).extracting(l -> l.path("properties").path("measures").toString())
                .containsExactly("[0.0,null]", "[9.5,11.7]");
        JsonNode border = all.stream().filter(f -> f.path("properties").path("border").asBoolean()).findFirst()
                .orElseThrow();
        assertThat(border.path("properties").path("from_country").asText()).isEqualTo("KP");
        assertThat(border.path("properties").path("to_country").asText()).isEqualTo("RU");
        assertThat(border.path("properties").path("name").asText()).isEqualTo("KP–RU border on Hongui Line");
        assertThat(border.path("geometry").path("coordinates").toString())
                .isEqualTo("[[130.57,42.423],[130.6081,42.4214]]");
        List<JsonNode> stations = all.stream()
                .filter(f -> f.path("geometry").path("type").asText().equals("Point")).toList();
        assertThat(stations).hasSize(3);
        JsonNode h = stations.get(0).path("properties");
        assertThat(h.path("name").asText()).isEqualTo("홍의");
        assertThat(h.path("names").path("en").asText()).isEqualTo("Hongui");
        assertThat(h.path("names").path("ru").asText()).isEqualTo("Хоный");
        assertThat(h.path("names").path("zh").asText()).isEqualTo("洪儀");
        assertThat(h.path("km").asDouble()).isEqualTo(0.0);
        assertThat(h.path("country").asText()).isEqualTo("KP");
        assertThat(stations.get(1).path("properties").path("names").path("ru").asText()).isEqualTo("Туманган");
        JsonNode k = stations.get(2).path("properties");
        assertThat(k.path("km").asDouble()).isEqualTo(11.7);
        assertThat(k.path("country").asText()).isEqualTo("RU");

        RailNetwork network = RailNetworkSource.fromDirectory(railDir());
        assertThat(network.borders()).hasSize(1);
        assertThat(network.station("Tumangang")).isPresent();
    }

    @Test
    void addKeepsTheEarlierFilesAndResetGoesBackToTheShippedNetwork() throws IOException {
        OsmFixture first = new OsmFixture();
        first.way(ids(first.node(47.0, 100.0), first.node(47.1, 100.0)), "railway", "rail");
        OsmFixture second = new OsmFixture();
        second.way(ids(second.node(48.0, 101.0), second.node(48.1, 101.0)), "railway", "light_rail");

        assertThat(importRail(first.write(dir.resolve("one.osm")).toString()).exit()).isZero();
        assertThat(importRail("--add", second.write(dir.resolve("two.osm.pbf")).toString()).exit()).isZero();

        JsonNode m = manifest();
        assertThat(m.path("imported").asBoolean()).isTrue();
        assertThat(m.path("files").toString()).isEqualTo("[\"one.geojson\",\"two.geojson\"]");
        assertThat(m.path("sources").findValuesAsText("file")).containsExactly("one.osm", "two.osm.pbf");
        assertThat(m.path("sources").get(1).path("lines").asInt()).isEqualTo(1);
        assertThat(m.path("sources").get(1).path("stations").asInt()).isZero();
        assertThat(m.path("sources").get(1).path("importedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(RailNetworkSource.fromDirectory(railDir()).edgeCount()).isEqualTo(2);

        assertThat(importRail(first.write(dir.resolve("one.osm")).toString()).exit()).isZero(); // replaces both
        assertThat(manifest().path("sources").findValuesAsText("file")).containsExactly("one.osm");
        try (Stream<Path> files = Files.list(railDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2); // manifest + one file, no leftovers
        }

        Run reset = importRail("--reset");
        assertThat(reset.exit()).isZero();
        assertThat(RailNetworkSource.hasImported(dataDir())).isFalse();
    }

    @Test
    void aGeoJsonFileIsTakenAsItIs() throws IOException {
        Path shipped = Path.of("geodata/rail/b-khasan-vladivostok.geojson");
        Run run = importRail(shipped.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(railDir().resolve("b-khasan-vladivostok.geojson")))
                .isEqualTo(Files.readString(shipped));
        assertThat(RailNetworkSource.fromDirectory(railDir()).station("Khasan")).isPresent();
    }

    @Test
    void aBadFileIsOneLineOnStderrAnExitCodeAndTheNetworkStaysAsItWas() throws IOException {
        OsmFixture good = new OsmFixture();
        good.way(ids(good.node(47.0, 100.0), good.node(47.1, 100.0)), "railway", "rail");
        assertThat(importRail(good.write(dir.resolve("good.osm")).toString()).exit()).isZero();
        byte[] manifestBefore = Files.readAllBytes(railDir().resolve("network.json"));
        List<String> filesBefore = listRailDir();

        Path text = Files.writeString(dir.resolve("notes.osm.pbf"), "these are not railways\n");
        OsmFixture big = new OsmFixture();
        long[] refs = new long[20_000];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = big.node(47.0 + i * 1e-4, 100.0 + (i % 7) * 1e-4);
        }
        big.way(refs, "railway", "rail");
        Path whole = big.writePbf(dir.resolve("whole.osm.pbf"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.osm.pbf"), java.util.Arrays.copyOf(bytes,
                bytes.length * 2 / 3));
        OsmFixture roads = new OsmFixture();
        roads.way(ids(roads.node(47.0, 100.0), roads.node(47.1, 100.0)), "highway", "primary");
        Path noRail = roads.writePbf(dir.resolve("roads.osm.pbf"));
        Path noRailXml = roads.writeXml(dir.resolve("roads.osm"));
        Path html = Files.writeString(dir.resolve("page.osm"), "<html><body>not osm</body></html>");
        Path broken = Files.writeString(dir.resolve("broken.osm"), "<osm><node id=\"1\" lat=\"1\" lon=\"2\">");
        Path missing = dir.resolve("missing.osm.pbf");

        for (Path bad : List.of(text, truncated, noRail, noRailXml, html, broken, missing)) {
            Run run = importRail("--add", good.write(dir.resolve("good2.osm")).toString(), bad.toString());
            assertThat(run.exit()).as(bad.toString()).isEqualTo(1);
            assertThat(run.err()).as(bad.toString()).startsWith("import-rail: ").endsWith("\n");
            assertThat(run.err().strip()).as(bad.toString()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(Files.readAllBytes(railDir().resolve("network.json"))).isEqualTo(manifestBefore);
            assertThat(listRailDir()).isEqualTo(filesBefore);
        }
        assertThat(importRail(text.toString()).err()).contains("notes.osm.pbf is not an OSM file");
        assertThat(importRail(truncated.toString()).err()).contains("truncated.osm.pbf is a truncated OSM PBF");
        assertThat(importRail(noRail.toString()).err()).contains("roads.osm.pbf has no railways");
        assertThat(importRail(whole.toString()).exit()).isZero(); // the file it was cut from is fine
    }

    @Test
    void straightStretchesAreThinnedButKmPostsStationsAndCurvesStay() throws IOException {
        OsmFixture osm = new OsmFixture();
        long[] refs = new long[21];
        for (int i = 0; i <= 20; i++) {
            double lat = 47.0 + i * 0.001; // a straight line due north, a node every 111 m
            refs[i] = switch (i) {
                case 5 -> osm.node(lat, 100.0, "railway:position", "5.5");
                case 10 -> osm.node(lat, 100.0, "railway", "halt", "name", "Halfway");
                case 15 -> osm.node(lat, 100.0 + 0.0001); // 7.6 m off the line: a real bend
                case 17 -> osm.node(lat, 100.0 + 0.000005); // 0.4 m off: drawing noise
                default -> osm.node(lat, 100.0);
            };
        }
        osm.way(refs, "railway", "rail");

        assertThat(importRail(osm.write(dir.resolve("straight.osm.pbf")).toString()).exit()).isZero();

        JsonNode line = lines().get(0);
        List<Double> lats = new ArrayList<>();
        line.path("geometry").path("coordinates").forEach(c -> lats.add(c.get(1).asDouble()));
        // the bend keeps its neighbours (6 m off the chords that would skip them); the 0.4 m wiggle goes
        assertThat(lats).containsExactly(47.0, 47.005, 47.01, 47.014, 47.015, 47.016, 47.02);
        assertThat(line.path("properties").path("measures").toString())
                .isEqualTo("[null,5.5,null,null,null,null,null]");
    }

    @Test
    void aPbfWrittenByOsmiumReadsLikeTheXmlItCameFrom() throws Exception {
        OsmFixture osm = new OsmFixture();
        long a = osm.node(42.4255, 130.5366, "railway", "station", "name", "홍의", "name:en", "Hongui");
        long b = osm.node(42.4230, 130.5700, "railway:position", "3.1");
        long c = osm.node(42.430056, 130.644917);
        osm.way(ids(a, b, c), "railway", "rail", "name", "Hongui Line", "gauge", "1435");
        Path xml = osm.writeXml(dir.resolve("hongui.osm"));
        Path pbf = dir.resolve("hongui-osmium.osm.pbf");
        // Debian's osmium-tool (libosmium), the writer of the extracts users download; .ci/test installs it
        Process osmium = new ProcessBuilder("osmium", "cat", xml.toString(), "-o", pbf.toString(), "--overwrite")
                .redirectErrorStream(true).start();
        String osmiumOut = new String(osmium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(osmium.waitFor()).as(osmiumOut).isZero();

        assertThat(importRail(xml.toString()).exit()).isZero();
        String fromXml = Files.readString(railDir().resolve("hongui.geojson"));
        Run run = importRail(pbf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(railDir().resolve("hongui-osmium.geojson"))).isEqualTo(fromXml);
        assertThat(fromXml).contains("\"measures\":[null,3.1", "\"홍의\"");
    }

    @Test
    void elementsDeletedInJosmAreLeftOut() throws IOException {
        Path josm = Files.writeString(dir.resolve("josm.osm"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <osm version='0.6' generator='JOSM'>
                  <node id='-1' action='modify' visible='true' lat='47.0' lon='100.0' />
                  <node id='-2' action='modify' visible='true' lat='47.1' lon='100.0' />
                  <node id='3' action='delete' visible='true' lat='47.2' lon='100.0'>
                    <tag k='railway' v='station' /><tag k='name' v='Gone' />
                  </node>
                  <way id='-5' action='modify' visible='true'>
                    <nd ref='-1' /><nd ref='-2' /><tag k='railway' v='rail' /><tag k='name' v='Kept' />
                  </way>
                  <way id='6' visible='false'>
                    <nd ref='-2' /><nd ref='3' /><tag k='railway' v='rail' /><tag k='name' v='Deleted' />
                  </way>
                </osm>
                """);
        Run run = importRail(josm.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 lines", "0 stations");
        assertThat(lines()).extracting(l -> l.path("properties").path("line").asText()).containsExactly("Kept");
    }

    @Test
    void misuseShowsTheUsage() {
        assertThat(importRail().exit()).isEqualTo(2);
        assertThat(importRail("--reset", "x.osm").exit()).isEqualTo(2);
        Run unknown = importRail("--frobnicate", "x.osm");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("usage: import-rail");
    }

    @Test
    void kmPostsAreReadLeniently() {
        assertThat(RailwayTags.parseKm("123.4")).isEqualTo(123.4);
        assertThat(RailwayTags.parseKm("pkm:123.4")).isEqualTo(123.4);
        assertThat(RailwayTags.parseKm("km:12,5")).isEqualTo(12.5);
        assertThat(RailwayTags.parseKm(" 9289 km")).isEqualTo(9289.0);
        assertThat(RailwayTags.parseKm("13+200")).isEqualTo(13.2);
        assertThat(RailwayTags.parseKm("mi:10")).isCloseTo(16.09344, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(RailwayTags.parseKm("-0.4")).isEqualTo(-0.4);
        assertThat(RailwayTags.parseKm("12.1;12.3")).isEqualTo(12.1);
        assertThat(RailwayTags.parseKm("unknown")).isNaN();
        assertThat(RailwayTags.parseKm(null)).isNaN();
        assertThat(RailwayTags.gaugeMm("1435;1520")).isEqualTo(1435);
        assertThat(RailwayTags.gaugeMm("standard")).isNull();
    }

    private List<String> listRailDir() throws IOException {
        try (Stream<Path> s = Files.list(railDir())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
