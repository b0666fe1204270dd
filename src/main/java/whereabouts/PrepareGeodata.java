package whereabouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.gazetteer.GazetteerFile;

/**
 * Build step (Maven's process-classes phase, see pom.xml): builds the shipped gazetteer with the shipped rail
 * network's stations from the TSV files once and writes it as {@link GazetteerFile} to
 * {@code <classes>/geodata/prepared/gazetteer.bin}, which {@link Geodata#loadDefault()} reads at every start.
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
    }
}
