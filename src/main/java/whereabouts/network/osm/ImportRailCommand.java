package whereabouts.network.osm;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import whereabouts.osm.OsmFileException;

/**
 * {@code import-rail [--add] FILE...} and {@code import-rail --reset}: the command line of {@link RailImport}.
 * A failure is one line on stderr and exit code 1; a misuse prints the usage and exits 2.
 */
public final class ImportRailCommand {
    static final String USAGE = "usage: import-rail [--add] FILE...   (.osm.pbf, .osm or .geojson)\n"
            + "       import-rail --reset               (back to the shipped network)";

    private final Path dataDir;
    private final PrintStream out;
    private final PrintStream err;

    public ImportRailCommand(Path dataDir, PrintStream out, PrintStream err) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        boolean add = false;
        boolean reset = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--add" -> add = true;
                case "--reset" -> reset = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("import-rail: unknown option " + a + "\n" + USAGE);
                        return 2;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (reset ? add || !files.isEmpty() : files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        RailImport rail = new RailImport(dataDir, Clock.systemUTC());
        try {
            if (reset) {
                out.println(rail.reset() ? "Removed the imported rail network; the server uses the shipped one from "
                        + "its next start." : "No imported rail network; the server uses the shipped one.");
                return 0;
            }
            long started = System.nanoTime();
            for (RailImport.Source s : rail.importFiles(files, add)) {
                out.printf("Imported %s: %d lines, %d border crossings, %d stations.%n", s.file(), s.lines(),
                        s.borders(), s.stations());
            }
            out.printf("The server uses this network (%s) from its next start (%.1f s).%n",
                    dataDir.resolve("rail"), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (OsmFileException | UncheckedIOException e) {
            err.println("import-rail: " + e.getMessage());
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("import-rail: failed (" + e + ")");
            return 1;
        }
    }
}
