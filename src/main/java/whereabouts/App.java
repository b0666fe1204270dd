package whereabouts;

import whereabouts.config.AppConfig;

/** Entry point: read the configuration from the environment and start the server. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Server server = Server.start(AppConfig.fromEnv(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }
}
