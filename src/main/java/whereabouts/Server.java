package whereabouts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import whereabouts.auth.AuthService;
import whereabouts.config.AppConfig;
import whereabouts.extract.SourceList;
import whereabouts.extract.TextExtractor;
import whereabouts.config.SecurityConfig;
import whereabouts.gazetteer.Gazetteer;
import whereabouts.http.Routes;
import whereabouts.http.Services;
import whereabouts.json.Json;
import whereabouts.network.Router;
import whereabouts.service.ChangeFeed;
import whereabouts.service.DemoScenario;
import whereabouts.service.ExportService;
import whereabouts.service.ExtractService;
import whereabouts.service.GazetteerDescriber;
import whereabouts.service.GazetteerPlaceResolver;
import whereabouts.service.GeocodeService;
import whereabouts.service.LabelService;
import whereabouts.service.PlaceLookup;
import whereabouts.service.ModeLegRouter;
import whereabouts.service.RouteService;
import whereabouts.service.SharedChanges;
import whereabouts.service.TrackService;
import whereabouts.service.TrajectoryService;
import whereabouts.store.Database;
import whereabouts.store.JdbcTrackStore;
import whereabouts.store.JdbcUserStore;
import whereabouts.track.GeodesicLegRouter;
import whereabouts.track.LegRouter;
import whereabouts.service.SightingDesk;
import whereabouts.track.RememberingLegRouter;
import whereabouts.track.PositionEstimator;
import whereabouts.track.TrajectoryBuilder;

/** A running Whereabouts server: the wiring of store, services and HTTP routes. */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Javalin javalin;
    private final JdbcTrackStore store;
    private final Routes routes;
    private final TrajectoryService trajectories;
    private final String url;
    private final SharedChanges shared;

    private Server(Javalin javalin, JdbcTrackStore store, Routes routes, TrajectoryService trajectories, String url,
                   SharedChanges shared) {
        this.shared = shared;
        this.javalin = javalin;
        this.store = store;
        this.routes = routes;
        this.trajectories = trajectories;
        this.url = url;
    }

    public static Server start(AppConfig config) {
        return start(config, Geodata.loadDefault());
    }

    public static Server start(AppConfig config, Geodata geodata) {
        return start(config, SecurityConfig.defaults(), geodata);
    }

    public static Server start(AppConfig config, SecurityConfig security, Geodata geodata) {
        return start(config, security, () -> geodata, new StartupSteps());
    }

    /**
     * As {@link #start(AppConfig, SecurityConfig, Geodata)}, but asks for the geodata only once the database is
     * open and migrated, so that a caller can load both at once on two cores ({@link App}); logs {@code steps}
     * (begun by the caller) at the end.
     */
    static Server start(AppConfig config, SecurityConfig security, Supplier<Geodata> given, StartupSteps steps) {
        security.checkListeningOn(config.host());
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
        HikariDataSource dataSource = steps.time("database",
                () -> Database.open(config.dbUrl(), config.dbUser(), config.dbPassword()));
        Geodata geodata;
        try {
            Geodata shipped = steps.time("waiting for geodata", given);
            // a network imported with import-rail wins; road legs route on an import-network --mode road
            geodata = steps.time("imported networks",
                    () -> shipped.withImportedRail(config.dataDir()).withImportedRoad(config.dataDir()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        JdbcTrackStore store = new JdbcTrackStore(dataSource);
        SharedChanges shared = null;
        try {
            ObjectMapper json = Json.newMapper();
            ChangeFeed changes = new ChangeFeed();
            shared = SharedChanges.connect(changes, store); // other servers on the same PostgreSQL
            Gazetteer gazetteer = geodata.gazetteer();
            Router router = new Router(geodata.railNetwork(), config.maxSnapKm());
            java.util.Map<whereabouts.track.TravelMode, Router> byMode = geodata.routers(router);
            GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(gazetteer);
            TrackService tracks = new TrackService(store, resolver, changes);
            if (config.demo()) { // servers started together on one database load it once
                steps.run("demo", () -> store.exclusively("demo",
                        () -> DemoScenario.loadIntoEmpty(tracks, store.countAllTracks())));
            }
            LegRouter legRouter = new RememberingLegRouter(new ModeLegRouter(byMode, new GeodesicLegRouter()));
            TrajectoryService trajectories = new TrajectoryService(tracks, new TrajectoryBuilder(legRouter),
                    new PositionEstimator(new GazetteerDescriber(gazetteer)), changes);
            whereabouts.service.MeetingService meetings = new whereabouts.service.MeetingService(trajectories);
            Services services = steps.time("services", () -> new Services(tracks, trajectories,
                    new ExportService(tracks, trajectories),
                    new GeocodeService(gazetteer), new RouteService(new PlaceLookup(gazetteer), byMode),
                    geodata.railFeatures(), changes,
                    new ExtractService(new TextExtractor(gazetteer, SourceList.defaults()), tracks),
                    new whereabouts.service.ImportService(tracks, resolver, config.importMaxBytes()),
                    new LabelService(gazetteer), new SightingDesk(tracks, legRouter, resolver), meetings,
                    new whereabouts.service.WatchService(new whereabouts.store.JdbcWatchStore(dataSource), tracks,
                            trajectories, meetings, changes)));
            AuthService auth = new AuthService(new JdbcUserStore(dataSource), security.signInFailuresPerHour());
            Routes routes = new Routes(json, services, security, config.host(), auth);
            Javalin javalin = steps.time("http", () -> Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                routes.configure(cfg);
                whereabouts.http.JettyErrorAnswers.install(cfg, security); // Jetty's own errors in our shape (#26)
            }).start(config.host(), config.port()));
            String url = "http://" + config.host() + ":" + javalin.port();
            LOG.info("Whereabouts is listening on {} (started in {})", url, steps.summary());
            return new Server(javalin, store, routes, trajectories, url, shared);
        } catch (RuntimeException e) {
            if (shared != null) {
                shared.close();
            }
            store.close();
            throw e;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return javalin.port();
    }

    /** Every HTTP route the server registered, as "METHOD /path" (e.g. "GET /api/tracks/{id}"), sorted. */
    public java.util.List<String> registeredRoutes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod()) // not the before-handlers (RequestGuard)
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .distinct().sorted().toList();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:7070}. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        shared.close();
        routes.close();
        javalin.stop();
        trajectories.close();
        store.close();
    }
}
