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
            AppConfig config = AppConfig.fromEnv(System.getenv());
            SecurityConfig security = SecurityConfig.fromEnv(System.getenv());
            security.checkListeningOn(config.host()); // before the slow part: loading the geodata
            StartupSteps steps = new StartupSteps();
            server = Server.start(config, security, Geodata.loadDefault(steps), steps);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
    }
}
