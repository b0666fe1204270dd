package whereabouts.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The server's configuration. Keys, defaults and environment variables are listed in {@link ConfigKey}.
 *
 * @param port       HTTP port, 0 = any free port
 * @param host       interface to bind
 * @param dataDir    directory of the embedded database
 * @param dbUrl      JDBC URL
 * @param dbUser     database user
 * @param dbPassword database password
 * @param demo       load the demo scenario into an empty database
 * @param maxSnapKm  farthest distance from the rail network that is still routed on it, kilometres
 * @param importMaxBytes largest file one import takes, bytes
 */
public record AppConfig(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                        boolean demo, double maxSnapKm, long importMaxBytes) {

    /** Configuration from environment variables, falling back to the defaults in {@link ConfigKey}. */
    public static AppConfig fromEnv(Map<String, String> env) {
        Path dataDir = Path.of(ConfigKey.DATA_DIR.valueIn(env)).toAbsolutePath().normalize();
        String dbUrl = ConfigKey.DB_URL.valueIn(env);
        if (dbUrl.isBlank()) {
            dbUrl = h2FileUrl(dataDir);
        }
        return new AppConfig(
                parseInt(env, ConfigKey.PORT),
                ConfigKey.HOST.valueIn(env),
                dataDir,
                dbUrl,
                ConfigKey.DB_USER.valueIn(env),
                ConfigKey.DB_PASSWORD.valueIn(env),
                Boolean.parseBoolean(ConfigKey.DEMO.valueIn(env)),
                Double.parseDouble(ConfigKey.MAX_SNAP_KM.valueIn(env)),
                Long.parseLong(ConfigKey.IMPORT_MAX_BYTES.valueIn(env)));
    }

    /** Defaults only, with the given data directory and port (for tests and tools). */
    public static AppConfig defaults(Path dataDir, int port, boolean demo) {
        return fromEnv(Map.of(
                ConfigKey.DATA_DIR.envVar(), dataDir.toString(),
                ConfigKey.PORT.envVar(), Integer.toString(port),
                ConfigKey.DEMO.envVar(), Boolean.toString(demo)));
    }

    /**
     * The embedded database. WRITE_DELAY=0: H2's MVStore otherwise keeps commits in memory for up to half a
     * second before writing them, so a 201 could be lost to {@code kill -9} (docs/performance.md, "Durability").
     */
    static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("whereabouts").toString().replace('\\', '/')
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static int parseInt(Map<String, String> env, ConfigKey key) {
        String v = key.valueIn(env);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.envVar() + " must be an integer, got '" + v + "'", e);
        }
    }
}
