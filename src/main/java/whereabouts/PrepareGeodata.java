package whereabouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GazetteerFile;
import whereabouts.network.sea.MarnetSource;

/**
 * Build step (Maven's process-classes phase, see pom.xml): builds the shipped gazetteer with the shipped rail
 * network's stations from the TSV files once and writes it as {@link GazetteerFile} to
 * {@code <classes>/geodata/prepared/gazetteer.bin}, which {@link Geodata#loadDefault()} reads at every start; and
 * builds the MARNET sea network with its contraction hierarchy once and writes it to
 * {@code <classes>/geodata/prepared/marnet.bin} ({@link MarnetSource#shipped()} reads it).
 * Usage: {@code PrepareGeodata CLASSES_DIR}. Reads the geodata from the classpath (the resources just copied).
 */
public final class PrepareGeodata {
    private PrepareGeodata() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PrepareGeodata CLASSES_DIR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Geodata.buildShippedGazetteer();
        Path out = Path.of(args[0]).resolve(Geodata.PREPARED_GAZETTEER.substring(1));
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            GazetteerFile.write(gazetteer, o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("prepared gazetteer: %s, %,d bytes, %s, in %d ms%n", out, Files.size(out), gazetteer.stats(),
                (System.nanoTime() - t0) / 1_000_000);
        prepareSea(Path.of(args[0]));
    }

    /** The MARNET graph and its contraction hierarchy, as {@link MarnetSource#PREPARED_CLASSPATH}. */
    private static void prepareSea(Path classes) throws IOException {
        long t0 = System.nanoTime();
        Path out = classes.resolve(MarnetSource.PREPARED_CLASSPATH.substring(1));
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            MarnetSource.writePrepared(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("prepared sea network: %s, %,d bytes, in %d ms%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
