package whereabouts;

import whereabouts.config.AppConfig;

/** Entry point: run a command ({@link Cli}) if one is given, else read the configuration and start the server. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Cli.run(args, System.getenv(), System.out, System.err));
        }
        Server server = Server.start(AppConfig.fromEnv(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }
}
