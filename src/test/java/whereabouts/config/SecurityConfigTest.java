package whereabouts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        SecurityConfig c = SecurityConfig.fromEnv(Map.of());
        assertThat(c.auth()).isFalse();
        assertThat(c.publicRead()).isFalse();
        assertThat(c.publicUrl()).isNull();
        assertThat(c.writesPerMinute()).isEqualTo(6000);
        assertThat(c.signInFailuresPerHour()).isEqualTo(20);
    }

    @Test
    void environmentOverrides() {
        SecurityConfig c = SecurityConfig.fromEnv(Map.of("WHEREABOUTS_AUTH", "ON", "WHEREABOUTS_PUBLIC_READ", "true",
                "WHEREABOUTS_PUBLIC_URL", "https://map.example.org", "WHEREABOUTS_WRITES_PER_MINUTE", "60",
                "WHEREABOUTS_SIGN_IN_FAILURES_PER_HOUR", "3"));
        assertThat(c.auth()).isTrue();
        assertThat(c.publicRead()).isTrue();
        assertThat(c.publicUrl().getHost()).isEqualTo("map.example.org");
        assertThat(c.writesPerMinute()).isEqualTo(60);
        assertThat(c.signInFailuresPerHour()).isEqualTo(3);
    }

    @Test
    void badValuesSayWhichVariable() {
        assertThatThrownBy(() -> SecurityConfig.fromEnv(Map.of("WHEREABOUTS_AUTH", "yes")))
                .hasMessageContaining("WHEREABOUTS_AUTH");
        assertThatThrownBy(() -> SecurityConfig.fromEnv(Map.of("WHEREABOUTS_PUBLIC_URL", "map.example.org")))
                .hasMessageContaining("WHEREABOUTS_PUBLIC_URL");
        assertThatThrownBy(() -> SecurityConfig.fromEnv(Map.of("WHEREABOUTS_WRITES_PER_MINUTE", "0")))
                .hasMessageContaining("WHEREABOUTS_WRITES_PER_MINUTE");
    }

    @Test
    void onlyLoopbackMayRunWithoutSignIn() {
        SecurityConfig off = SecurityConfig.defaults();
        off.checkListeningOn("127.0.0.1");
        off.checkListeningOn("localhost");
        off.checkListeningOn("::1");
        for (String host : new String[] {"0.0.0.0", "::", "192.168.1.5", "example.org"}) {
            assertThatThrownBy(() -> off.checkListeningOn(host)).as(host).hasMessageContaining("user add");
        }
        off.withAuth(true, false).checkListeningOn("0.0.0.0");
    }
}
