package whereabouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import whereabouts.config.AppConfig;

/** The command line: user add and token create, on the database named by the WHEREABOUTS_* environment. */
class CliTest {
    @TempDir
    Path dataDir;

    private CliRun run(String stdin, String... args) {
        return CliRun.run(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()), stdin, args);
    }

    private List<String> column(String sql) throws Exception {
        AppConfig config = AppConfig.fromEnv(Map.of("WHEREABOUTS_DATA_DIR", dataDir.toString()));
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void userAddReadsThePasswordFromStdinAndStoresOnlyABcryptHash() throws Exception {
        CliRun r = run("a long enough password\n", "user", "add", "alice", "--role", "admin");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().trim()).isEqualTo("Added user alice (admin).");
        assertThat(column("SELECT password_hash FROM app_user")).singleElement().asString().startsWith("$2a$10$")
                .doesNotContain("a long enough password");
        assertThat(column("SELECT role FROM app_user")).containsExactly("admin");

        CliRun again = run("another long password\n", "user", "add", "alice", "--role", "editor");
        assertThat(again.out().trim()).isEqualTo("Updated user alice (editor).");
        assertThat(column("SELECT role FROM app_user")).containsExactly("editor");
    }

    @Test
    void tokenCreatePrintsTheTokenOnceOnTheLastLineAndStoresOnlyItsHash() throws Exception {
        CliRun r = run("", "token", "create", "ingest-bot", "--role", "editor");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().trim().split("\n");
        String token = lines[lines.length - 1];
        assertThat(token).matches("wbt_[A-Za-z0-9_-]{43}");
        List<String> stored = column("SELECT token_hash FROM api_token");
        assertThat(stored).singleElement().asString().matches("[0-9a-f]{64}").doesNotContain(token.substring(4));
        assertThat(column("SELECT name || ' ' || role FROM api_token")).containsExactly("ingest-bot editor");
    }

    @Test
    void mistakesAreExplainedWithAnExitCode() {
        assertThat(run("", "user", "add", "alice").code()).isEqualTo(2);
        assertThat(run("", "user", "add", "alice", "--role", "king")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("viewer, editor or admin");
        });
        assertThat(run("", "user", "delete", "alice", "--role", "admin").err()).contains("Usage");
        assertThat(run("short\n", "user", "add", "alice", "--role", "admin")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("at least 8 characters");
        });
        assertThat(run("", "user", "add", "alice", "--role", "admin").err()).contains("No password");
        assertThat(run("good password\n", "user", "add", "<script>", "--role", "admin").err()).contains("A name has");
    }
}
