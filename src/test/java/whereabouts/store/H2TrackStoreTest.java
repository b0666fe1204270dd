package whereabouts.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 database (the default). */
class H2TrackStoreTest extends TrackStoreContract {
    @TempDir
    Path dir;

    @Override
    TrackStore openEmptyStore() {
        return JdbcTrackStore.open(TestDatabases.h2(dir), "sa", "");
    }
}
