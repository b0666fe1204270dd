package whereabouts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import whereabouts.auth.AuthService;
import whereabouts.auth.Role;
import whereabouts.config.AppConfig;
import whereabouts.config.SecurityConfig;
import whereabouts.error.ApiException;
import whereabouts.store.Database;
import whereabouts.network.osm.ImportRailCommand;
import whereabouts.store.JdbcUserStore;

/**
 * The command line beside the server, on the same database, data directory and WHEREABOUTS_* environment:
 * {@code user add NAME --role R} (password from the terminal, or from stdin when it is not one),
 * {@code token create NAME --role R} (the token printed once, on the last line; only its hash is stored) and
 * {@code import-rail [--add|--reset] FILE...} (see {@link ImportRailCommand}) and
 * {@code import-network --mode road|rail …} (see {@link whereabouts.network.osm.ImportNetworkCommand}).
 */
public final class Cli {
    static final String USAGE = """
            Usage: java -jar whereabouts.jar                        start the server
                   java -jar whereabouts.jar user add NAME --role viewer|editor|admin
                   java -jar whereabouts.jar token create NAME --role viewer|editor|admin
                   java -jar whereabouts.jar user remove NAME
                   java -jar whereabouts.jar token remove NAME
                   java -jar whereabouts.jar import-rail [--add] FILE...   (.osm.pbf, .osm, .geojson)
                   java -jar whereabouts.jar import-rail --reset            (back to the shipped network)
                   java -jar whereabouts.jar import-network --mode road FILE...   (.osm.pbf, .osm: road legs)
                   java -jar whereabouts.jar import-network --mode road --reset
                   java -jar whereabouts.jar import-network --mode rail [--add] FILE...   (as import-rail)
            The commands use the server's WHEREABOUTS_* environment (database); stop a server on an H2 file
            database first.""";

    private final Map<String, String> env;
    private final InputStream in;
    private final Console console;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Map<String, String> env, InputStream in, Console console, PrintStream out, PrintStream err) {
        this.env = env;
        this.in = in;
        this.console = console;
        this.out = out;
        this.err = err;
    }

    /** {@link #run(List)} without a terminal or stdin (tests, scripts). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new Cli(env, InputStream.nullInputStream(), null, out, err).run(List.of(args));
    }

    /** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage). */
    public int run(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("import-network")) {
            return new whereabouts.network.osm.ImportNetworkCommand(AppConfig.fromEnv(env).dataDir(), out, err)
                    .run(args.subList(1, args.size()).toArray(String[]::new));
        }
        if (!args.isEmpty() && args.get(0).equals("import-rail")) {
            return new ImportRailCommand(AppConfig.fromEnv(env).dataDir(), out, err)
                    .run(args.subList(1, args.size()).toArray(String[]::new));
        }
        if (args.size() == 3 && args.get(1).equals("remove") && List.of("user", "token").contains(args.get(0))) {
            return remove(args.get(0), args.get(2));
        }
        if (args.size() != 5 || !args.get(3).equals("--role")
                || !(List.of("user", "add").equals(args.subList(0, 2)) || List.of("token", "create").equals(args.subList(0, 2)))) {
            err.println(USAGE);
            return 2;
        }
        Role role;
        try {
            role = Role.parse(args.get(4));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        return withAuth(auth -> args.get(0).equals("user") ? addUser(auth, args.get(2), role)
                : createToken(auth, args.get(2), role));
    }

    /** {@code user remove NAME} (signed out everywhere) or {@code token remove NAME} (stops working at once). */
    private int remove(String what, String name) {
        return withAuth(auth -> {
            boolean removed = what.equals("user") ? auth.removeUser(name) : auth.removeToken(name);
            if (!removed) {
                err.println("There is no " + what + " '" + name + "'.");
                return 1;
            }
            out.println("Removed " + what + " " + name + (what.equals("user") ? " and ended their sessions." : "."));
            return 0;
        });
    }

    /** Work on the accounts of the configured database; returns the exit code. */
    private interface AccountWork {
        int run(AuthService auth) throws IOException;
    }

    /**
     * Opens the configured database, runs {@code work} on its accounts and closes it: the exit code of the work,
     * or 1 with the message of a refused input or of a database that cannot be opened.
     */
    private int withAuth(AccountWork work) {
        AppConfig config = AppConfig.fromEnv(env);
        SecurityConfig security = SecurityConfig.fromEnv(env);
        try {
            Files.createDirectories(config.dataDir());
            try (var dataSource = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
                return work.run(new AuthService(new JdbcUserStore(dataSource), security.signInFailuresPerHour()));
            }
        } catch (ApiException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Could not open the database (" + config.dbUrl() + "): " + e.getMessage()
                    + "\nIs a server running on it? Stop it first (an H2 file database has one user at a time).");
            return 1;
        }
    }

    private int addUser(AuthService auth, String name, Role role) throws IOException {
        String password = readPassword(name);
        if (password == null) {
            err.println("No password given.");
            return 1;
        }
        boolean created = auth.putUser(name, role, password);
        out.println((created ? "Added user " : "Updated user ") + name + " (" + role.wire() + ").");
        return 0;
    }

    private int createToken(AuthService auth, String name, Role role) {
        String token = auth.createToken(name, role);
        out.println("Token '" + name + "' (" + role.wire() + "); it is shown only now (only its hash is stored),"
                + " and replaces any earlier token of that name. Send it as 'Authorization: Bearer <token>':");
        out.println(token);
        return 0;
    }

    /** From the terminal (asked twice), or the first line of stdin when it is not a terminal. */
    private String readPassword(String name) throws IOException {
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("The passwords differ.");
                return null;
            }
            return new String(first);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
