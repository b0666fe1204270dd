package whereabouts.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.geo.LatLon;
import whereabouts.network.Route;

/**
 * A network written as a snapshot and read back is the network it replaces: same graph, lines, stations and
 * borders, and the same routes (length, geometry, measures, stations passed, crossings) for thousands of pairs.
 */
class RailNetworkSnapshotTest {

    private static RailNetwork roundTrip(RailNetwork net) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RailNetworkSnapshot.write(net, "key", bytes);
        return RailNetworkSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void theShippedNetworkReadBackRoutesExactlyAsBuilt() throws Exception {
        RailNetwork built = RailNetwork.fromClasspath();
        RailNetwork read = roundTrip(built);

        assertThat(read.hasContractionHierarchy()).as("the hierarchy comes with the file").isTrue();
        assertThat(read.nodes()).isEqualTo(built.nodes());
        assertThat(read.edgeCount()).isEqualTo(built.edgeCount());
        assertThat(read.stations()).isEqualTo(built.stations());
        assertThat(read.borders()).isEqualTo(built.borders());
        assertThat(read.lines()).hasSameSizeAs(built.lines());
        for (int i = 0; i < built.lines().size(); i++) {
            RailLine a = built.lines().get(i);
            RailLine b = read.lines().get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.border()).isEqualTo(a.border());
            assertThat(b.vertices()).isEqualTo(a.vertices());
            assertThat(b.measureKm()).containsExactly(a.measureKm());
            assertThat(b.sources()).containsExactly(a.sources());
        }
        Router before = new Router(built);
        Router after = new Router(read);
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            List<LatLon> ends = List.of(built.stations().get(random.nextInt(built.stations().size())).position(),
                    built.stations().get(random.nextInt(built.stations().size())).position());
            assertThat(after.route(ends, Route.RAIL)).isEqualTo(before.route(ends, Route.RAIL));
        }
    }

    @Test
    void aGeneratedNetworkReadBackGivesTheSameRoutes() throws Exception {
        RailNetwork built = ContractionHierarchyRoutesTest.kmPostGrid(40, 11);
        RailNetwork read = roundTrip(built);
        Router before = new Router(built);
        Router after = new Router(read);
        List<RailSnap> from = ContractionHierarchyRoutesTest.snaps(built, 2_000, 4);
        List<RailSnap> to = ContractionHierarchyRoutesTest.snaps(built, 2_000, 5);
        for (int i = 0; i < from.size(); i++) {
            List<LatLon> ends = List.of(from.get(i).point(), to.get(i).point());
            assertThat(after.route(ends, Route.RAIL)).isEqualTo(before.route(ends, Route.RAIL));
        }
    }

    @Test
    void anImportIsPreparedOnceAndRebuiltWhenItsFilesChange(@TempDir Path railDir) throws Exception {
        Path shipped = Path.of("geodata/rail");
        for (String file : RailNetworkSource.manifestFiles(shipped)) {
            Files.copy(shipped.resolve(file), railDir.resolve(file));
        }
        Files.copy(shipped.resolve(RailNetworkSource.MANIFEST), railDir.resolve(RailNetworkSource.MANIFEST));
        Path snapshot = railDir.resolve(RailNetworkSource.SNAPSHOT);

        RailNetwork first = RailNetworkSource.fromDirectory(railDir);
        assertThat(snapshot).isRegularFile();
        RailNetwork second = RailNetworkSource.fromDirectory(railDir);
        assertThat(second.hasContractionHierarchy()).as("read from the snapshot, not prepared again").isTrue();
        assertThat(second.stations()).isEqualTo(first.stations());

        // a file changes: the snapshot no longer matches and is rebuilt from the GeoJSON
        Path changed = railDir.resolve(RailNetworkSource.manifestFiles(railDir).get(0));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5_000));
        String staleKey = RailNetworkSnapshot.sourceKey(Files.newInputStream(snapshot));
        assertThat(staleKey).isNotEqualTo(RailNetworkSource.sourceKey(railDir));
        RailNetwork third = RailNetworkSource.fromDirectory(railDir);
        assertThat(third.stations()).isEqualTo(first.stations());
        assertThat(RailNetworkSnapshot.sourceKey(Files.newInputStream(snapshot)))
                .isEqualTo(RailNetworkSource.sourceKey(railDir));
    }

    @Test
    void aDamagedSnapshotIsRebuiltNotFatal(@TempDir Path railDir) throws Exception {
        Path shipped = Path.of("geodata/rail");
        Files.copy(shipped.resolve(RailNetworkSource.MANIFEST), railDir.resolve(RailNetworkSource.MANIFEST));
        for (String file : RailNetworkSource.manifestFiles(shipped)) {
            Files.copy(shipped.resolve(file), railDir.resolve(file));
        }
        RailNetwork good = RailNetworkSource.fromDirectory(railDir);
        Path snapshot = railDir.resolve(RailNetworkSource.SNAPSHOT);
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        RailNetwork rebuilt = RailNetworkSource.fromDirectory(railDir);

        assertThat(rebuilt.stations()).isEqualTo(good.stations());
        assertThat(Files.size(snapshot)).isEqualTo(bytes.length);
    }
}
