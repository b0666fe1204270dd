package whereabouts;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import whereabouts.config.AppConfig;
import whereabouts.railimport.ImportRailCommand;

/**
 * The commands that run beside the server ({@code java -jar whereabouts.jar COMMAND ...}), with the same
 * {@code WHEREABOUTS_*} configuration. Each returns a process exit code: 0 done, 1 failed, 2 misused.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "import-rail" -> new ImportRailCommand(AppConfig.fromEnv(env).dataDir(), out, err).run(rest);
            default -> {
                err.println("unknown command '" + args[0] + "'; commands: import-rail (without a command the "
                        + "server starts)");
                yield 2;
            }
        };
    }
}
