package whereabouts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        AppConfig c = AppConfig.fromEnv(Map.of());
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(c.dbUrl()).startsWith("jdbc:h2:file:").contains(c.dataDir().toString());
        assertThat(c.demo()).isTrue();
        assertThat(c.maxSnapKm()).isEqualTo(25.0);
    }

    @Test
    void environmentOverrides() {
        AppConfig c = AppConfig.fromEnv(Map.of("WHEREABOUTS_PORT", "0", "WHEREABOUTS_HOST", "0.0.0.0",
                "WHEREABOUTS_DB_URL", "jdbc:h2:mem:x", "WHEREABOUTS_DEMO", "false"));
        assertThat(c.port()).isZero();
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.dbUrl()).isEqualTo("jdbc:h2:mem:x");
        assertThat(c.demo()).isFalse();
    }

    @Test
    void aBadPortSaysWhichVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("WHEREABOUTS_PORT", "seventy")))
                .hasMessageContaining("WHEREABOUTS_PORT");
    }
}
