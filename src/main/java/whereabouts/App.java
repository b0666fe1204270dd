package whereabouts;

import java.util.List;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;

/** Entry point: with no arguments, start the server; otherwise run a command of {@link Cli}. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(new Cli(System.getenv(), System.in, System.console(), System.out, System.err)
                    .run(List.of(args)));
        }
        Server server;
        try {
            server = Server.start(AppConfig.fromEnv(System.getenv()), SecurityConfig.fromEnv(System.getenv()),
                    Geodata.loadDefault());
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }
}
