package whereabouts.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import whereabouts.auth.AuthService;
import whereabouts.config.SecurityConfig;

/** Every route of the server, in one place. Controllers only parse, call one service and return a DTO. */
public final class Routes implements AutoCloseable {
    private final TrackController tracks;
    private final SightingController sightings;
    private final ExportController export;
    private final EventsController events;
    private final HealthController health;
    private final GeoController geo;
    private final TrajectoryController trajectory;
    private final ExtractController extract;
    private final ImportController imports;
    private final LabelController labels;
    private final ApiDocsController apiDocs = new ApiDocsController();
    private final ObjectMapper json;
    private final RequestGuard guard;
    private final SessionController session;
    private final AccountController accounts;
    private final AreaController area;
    private final HeavyRequests heavy;
    private final MeetingController meetings;
    private final PositionsController setPositions;
    private final WatchController watches;
    private final Runnable unsubscribeAlerts;
    private final whereabouts.service.WatchService watchService;

    public Routes(ObjectMapper json, Services services, SecurityConfig security, String bindHost, AuthService auth) {
        this.json = json;
        BodyReader body = new BodyReader(json);
        this.guard = new RequestGuard(security, bindHost, auth);
        this.session = new SessionController(auth, guard, security, body);
        this.accounts = new AccountController(auth, body);
        this.tracks = new TrackController(services.tracks(), body);
        NamedPlaces named = new NamedPlaces(services.labels().names(), json); // "Names in" on every answer (#25)
        this.sightings = new SightingController(services.tracks(), services.desk(), body, json, named);
        this.export = new ExportController(services.exports());
        this.events = new EventsController(services.changes(), json, security.limits(), guard);
        this.health = new HealthController(services.tracks(), events::streamCounts);
        this.geo = new GeoController(services.geocoding(), services.routing(), services.railNetwork());
        this.trajectory = new TrajectoryController(services.trajectories(), json, named);
        this.extract = new ExtractController(services.extraction(), body);
        this.imports = new ImportController(services.imports());
        this.labels = new LabelController(services.labels());
        this.area = new AreaController(services.tracks());
        this.heavy = new HeavyRequests(security.limits(), guard);
        this.meetings = new MeetingController(services.meetings());
        this.setPositions = new PositionsController(
                new whereabouts.service.TrackSetPositions(services.trajectories()), json);
        this.watches = new WatchController(services.watches());
        this.unsubscribeAlerts = services.watches().subscribe(events::alert);
        this.watchService = services.watches();
    }

    public void configure(JavalinConfig cfg) {
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.http.maxRequestSize = Math.max(BodyReader.MAX_BODY_BYTES, ExtractController.MAX_BODY_BYTES);
        // gzip level 1: large tracks are megabytes of JSON; the fastest level compresses them about tenfold
        // at a fraction of the default level's CPU, which matters on a small server shared with its users
        cfg.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
        long importBytes = imports.maxBytes();
        cfg.jetty.multipartConfig.maxFileSize(importBytes, io.javalin.config.SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(importBytes + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
        // Javalin's own static-file handler reads classpath resources through the class loader's jar (URL
        // connections), where Jetty's mounts the jar as a zip file system per location and call: a dozen copies of
        // the jar's 17k-entry index, some 40 MB of heap (issue #22, docs/performance.md)
        cfg.resourceHandler(new io.javalin.http.staticfiles.JavalinStaticResourceHandler());
        cfg.staticFiles.enableWebjars();
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/web";
            sf.location = Location.CLASSPATH;
        });
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/geodata";
            sf.directory = "/geodata";
            sf.location = Location.CLASSPATH;
        });
        ErrorMapper.register(cfg.routes);

        var r = cfg.routes;
        r.before(guard::check); // Host, Origin, who is asking and may they: before any handler
        r.get("/api/session", session::get);
        r.post("/api/session", session::signIn);
        r.delete("/api/session", session::signOut);
        r.post("/api/users", accounts::putUser);
        r.post("/api/tokens", accounts::createToken);
        r.delete("/api/users/{name}", accounts::removeUser); // #26: credentials that end
        r.delete("/api/tokens/{name}", accounts::removeToken);
        r.get("/api/health", health::health);
        r.get("/api/tracks", tracks::list);
        r.post("/api/tracks", tracks::create);
        r.get("/api/tracks/{id}", tracks::get);
        r.put("/api/tracks/{id}", tracks::update);
        r.delete("/api/tracks/{id}", tracks::delete);
        r.get("/api/tracks/{id}/history", tracks::history);
        r.get("/api/tracks/{id}/sightings", sightings::list);
        r.post("/api/tracks/{id}/sightings", sightings::create);
        r.get("/api/tracks/{id}/sightings/{sid}", sightings::get);
        r.put("/api/tracks/{id}/sightings/{sid}", sightings::update);
        r.delete("/api/tracks/{id}/sightings/{sid}", sightings::delete);
        r.get("/api/tracks/{id}/sightings/{sid}/history", sightings::history);
        r.post("/api/tracks/{id}/sightings/{sid}/restore", sightings::restore); // undo of a delete (#25)
        r.get("/api/tracks/{id}/export", heavy.wrap("writing the export", export::export));
        r.before("/api/events", events::prepare);
        r.sse("/api/events", events::connect);
        r.after("/api/events", events::finish); // #26: a stream place reserved but not taken is given back
        r.get("/api/geocode", geo::geocode);
        r.get("/api/reverse", geo::reverse);
        r.get("/api/distance", geo::distance);
        r.get("/api/route", heavy.wrap("finding the route", geo::route));
        r.get("/api/rail/network", geo::railNetwork);
        r.get("/api/tracks/{id}/path", trajectory::path);
        r.get("/api/tracks/{id}/position", trajectory::position);
        r.post("/api/extract", heavy.wrap("reading the text", extract::extract));
        r.post("/api/tracks/{id}/imports", heavy.wrap("reading the file", imports::create));
        r.get("/api/labels", labels::labels);
        r.get("/api/openapi.json", apiDocs::openapi);
        r.get("/api/docs", apiDocs::docs);
        r.get("/api/sightings", area::sightings);
        // issue 21: several subjects (meetings, watches)
        r.get("/api/meetings", meetings::meetings);
        r.get("/api/positions", setPositions::positions); // every track on the map at the slider's time
        r.get("/api/watches", watches::list);
        r.put("/api/watches/{id}", watches::watch);
        r.delete("/api/watches/{id}", watches::unwatch);
    }

    @Override
    public void close() {
        unsubscribeAlerts.run();
        watchService.close();
        events.close();
    }
}
