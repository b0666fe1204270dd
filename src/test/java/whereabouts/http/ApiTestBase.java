package whereabouts.http;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One real server per test class, on a random port, over a real H2 database in a temporary directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestBase {
    TestServer server;

    /** Whether the server loads the demo scenario into its empty database. */
    boolean demo() {
        return false;
    }

    @BeforeAll
    void startServer(@TempDir Path dataDir) {
        server = TestServer.start(dataDir, demo());
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
