package whereabouts.network.osm;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import whereabouts.osm.OsmFileException;
import whereabouts.network.osm.ImportRailCommand;

/**
 * {@code import-network --mode road|rail [--reset] FILE…}: one command for every mode's network. Rail goes to
 * {@link ImportRailCommand} (same options as {@code import-rail}, which keeps working); road reads OSM files into
 * {@code <dataDir>/road} (see {@link RoadNetworkSource}). Exit codes: 0 done, 1 failed, 2 misuse.
 */
public final class ImportNetworkCommand {
    static final String USAGE = "usage: import-network --mode road FILE...      (.osm.pbf or .osm; replaces the road"
            + " network)\n"
            + "       import-network --mode road --reset\n"
            + "       import-network --mode rail [--add] FILE...  (as import-rail)";

    private final Path dataDir;
    private final PrintStream out;
    private final PrintStream err;

    public ImportNetworkCommand(Path dataDir, PrintStream out, PrintStream err) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf("--mode");
        if (rest.contains("-h") || rest.contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        if (at < 0 || at + 1 >= rest.size()) {
            err.println("import-network: --mode road or --mode rail is required\n" + USAGE);
            return 2;
        }
        String mode = rest.get(at + 1);
        rest.remove(at + 1);
        rest.remove(at);
        return switch (mode) {
            case "rail" -> new ImportRailCommand(dataDir, out, err).run(rest.toArray(String[]::new));
            case "road" -> road(rest);
            default -> {
                err.println("import-network: unknown mode '" + mode + "' (road or rail; sea is shipped, air needs "
                        + "no network)\n" + USAGE);
                yield 2;
            }
        };
    }

    private int road(List<String> args) {
        boolean reset = args.remove("--reset");
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                err.println("import-network: unknown option " + a + " for road\n" + USAGE);
                return 2;
            }
            files.add(Path.of(a));
        }
        if (reset != files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try {
            if (reset) {
                out.println(RoadNetworkSource.reset(dataDir) ? "Removed the imported road network; road legs are "
                        + "geodesic from the server's next start." : "No imported road network.");
                return 0;
            }
            long started = System.nanoTime();
            RoadNetworkSource.Summary s = RoadNetworkSource.importFiles(dataDir, files);
            out.printf("Imported %d roads (%.1f km; %d one-way, %d with maxspeed)%s.%n", s.ways(), s.lengthKm(),
                    s.oneway(), s.withMaxSpeed(), s.missingNodes() > 0 ? "; " + s.missingNodes()
                            + " node references not in the file were skipped" : "");
            out.printf("The server routes road legs on it (%s) from its next start (%.1f s).%n",
                    RoadNetworkSource.directory(dataDir), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (OsmFileException | UncheckedIOException e) {
            err.println("import-network: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("import-network: failed (" + e + ")");
            return 1;
        }
    }
}
