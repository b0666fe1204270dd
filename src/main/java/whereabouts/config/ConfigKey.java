package whereabouts.config;

import java.util.Map;

/**
 * Every configuration key, in one place, with its default. Each key is read from the environment variable
 * {@link #envVar()}; an unset or blank variable means the default. README.md mirrors this table.
 */
public enum ConfigKey {
    PORT("WHEREABOUTS_PORT", "7070", "HTTP port; 0 picks a free port"),
    HOST("WHEREABOUTS_HOST", "127.0.0.1", "interface to listen on"),
    DATA_DIR("WHEREABOUTS_DATA_DIR", "./data", "directory for the embedded H2 database"),
    DB_URL("WHEREABOUTS_DB_URL", "", "JDBC URL; empty means an H2 file database in the data dir;"
            + " jdbc:postgresql://... for PostgreSQL + PostGIS"),
    DB_USER("WHEREABOUTS_DB_USER", "sa", "database user"),
    DB_PASSWORD("WHEREABOUTS_DB_PASSWORD", "", "database password"),
    DEMO("WHEREABOUTS_DEMO", "true", "load the demo scenario into an empty database on start"),
    MAX_SNAP_KM("WHEREABOUTS_MAX_SNAP_KM", "25", "farthest a point may be from the rail network to be routed on it, km"),
    IMPORT_MAX_BYTES("WHEREABOUTS_IMPORT_MAX_BYTES", "20971520", "largest file one import takes, bytes (20 MiB)"),
    AUTH("WHEREABOUTS_AUTH", "off", "on: sign-in required (users, tokens, roles); off: no sign-in, loopback only"),
    PUBLIC_READ("WHEREABOUTS_PUBLIC_READ", "false", "with auth on, let everyone read without signing in"),
    PUBLIC_URL("WHEREABOUTS_PUBLIC_URL", "", "the URL people reach the server at (e.g. https://map.example.org); "
            + "its host is the only accepted Host besides loopback names, its origin the only accepted Origin"),
    WRITES_PER_MINUTE("WHEREABOUTS_WRITES_PER_MINUTE", "6000",
            "writes allowed per client per minute, per server process (429 beyond)"),
    SIGN_IN_FAILURES_PER_HOUR("WHEREABOUTS_SIGN_IN_FAILURES_PER_HOUR", "20",
            "failed sign-ins allowed per client address and per user name per hour (429 beyond); a browser that"
                    + " signed in as the name before is counted on its own (device cookie)"),
    TRUSTED_PROXIES("WHEREABOUTS_TRUSTED_PROXIES", "",
            "proxies whose X-Forwarded-For is believed: IP addresses or CIDR ranges, comma-separated (e.g."
                    + " 127.0.0.1,10.0.0.0/8); empty: none, the connection's address is the client's"),
    // Hold under attack (#26): budgets and limits of heavy requests and event streams (RequestLimits)
    HEAVY_BUDGET_MS("WHEREABOUTS_HEAVY_BUDGET_MS", "20000",
            "longest an extraction, import, route or export may work, ms (503 beyond)"),
    HEAVY_PER_PRINCIPAL("WHEREABOUTS_HEAVY_PER_PRINCIPAL", "2",
            "heavy requests one user, token or address may have running at once (429 beyond)"),
    HEAVY_PER_SERVER("WHEREABOUTS_HEAVY_PER_SERVER", "4", "heavy requests running at once on this server"),
    HEAVY_QUEUE("WHEREABOUTS_HEAVY_QUEUE", "16", "heavy requests that may wait for a free slot (503 beyond)"),
    HEAVY_QUEUE_WAIT_MS("WHEREABOUTS_HEAVY_QUEUE_WAIT_MS", "10000",
            "longest a heavy request waits for a free slot, ms (503 beyond)"),
    STREAMS_PER_PRINCIPAL("WHEREABOUTS_STREAMS_PER_PRINCIPAL", "20",
            "open /api/events streams per user, token or address (429 beyond)"),
    EVENTS_HEARTBEAT_MS("WHEREABOUTS_EVENTS_HEARTBEAT_MS", "15000",
            "keep-alive of /api/events streams, ms; a stream whose sign-in ended closes at the next one");

    private final String envVar;
    private final String defaultValue;
    private final String description;

    ConfigKey(String envVar, String defaultValue, String description) {
        this.envVar = envVar;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String envVar() {
        return envVar;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** This key's value in {@code env} (trimmed), or its default when it is missing or blank. */
    public String valueIn(Map<String, String> env) {
        String v = env.get(envVar);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }
}
