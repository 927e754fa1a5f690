package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smartpick.app.service.jobs.JobTask;

/**
 * The SmartPick web server (Javalin): the JSON API under {@code /api} ({@link #routes()}), its
 * OpenAPI description, and the page from the jar under {@code /} with Chart.js from its WebJar.
 * Every answer carries the security headers; errors have one shape ({@link ErrorMapper}); bodies
 * are limited to {@link #MAX_REQUEST_BYTES}. Makes no outbound calls.
 *
 * <p>Start it with {@link #start}, stop it with {@link #close}. Thread-safe.
 */
public final class WebServer implements AutoCloseable {
  /** Largest request body accepted, in bytes. */
  public static final long MAX_REQUEST_BYTES = 1L << 20;
  /** Where the page's files are on the class path. */
  static final String STATIC_DIRECTORY = "/org/smartpick/app/web/static";

  private final List<ApiRoute> routes;
  private final Javalin app;

  private WebServer(List<ApiRoute> routes, Javalin app) {
    this.routes = routes;
    this.app = app;
  }

  /**
   * Starts a server.
   *
   * @param services the use cases
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   */
  public static WebServer start(WebServices services, String host, int port) {
    Clock clock = Clock.systemUTC();
    JsonBodies bodies = new JsonBodies(MAX_REQUEST_BYTES);
    RequestGuards guards = new RequestGuards(isLoopback(host), MAX_REQUEST_BYTES);
    List<ApiRoute> routes = routes(services, bodies, clock);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = STATIC_DIRECTORY;
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.routes.before(guards::securityHeaders);
      config.routes.before(guards::hostHeader);
      config.routes.before(guards::declaredSize);
      ErrorMapper.register(config.routes);
      for (ApiRoute route : routes) {
        config.routes.addEndpoint(new Endpoint(route.method(), route.path(), route.handler()));
      }
    });
    app.start(host, port);
    return new WebServer(routes, app);
  }

  /** Every API route, in registration order. */
  public List<ApiRoute> routes() {
    return routes;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static List<ApiRoute> routes(WebServices services, JsonBodies bodies, Clock clock) {
    CatalogHandlers catalog = new CatalogHandlers(services.programs());
    ProfileHandlers profiles = new ProfileHandlers(services.profiles(), bodies, clock);
    DataHandlers data = new DataHandlers(services.privacy(), clock);
    OptimizeHandlers optimize =
        new OptimizeHandlers(services.optimizer(), services.profiles(), bodies);
    OptimizeJob optimizeJob = new OptimizeJob(services.optimizer());
    AdviceJob adviceJob = new AdviceJob(services.advisor(), services.profiles(),
        Runtime.getRuntime().availableProcessors());
    RankListJob rankListJob = new RankListJob(services.rankLists(), services.interviews(),
        services.profiles(), clock.withZone(ZoneId.systemDefault()),
        Runtime.getRuntime().availableProcessors());
    Map<String, Function<JsonNode, JobTask<?>>> kinds = Map.of(OptimizeJob.KIND,
        optimizeJob::task, AdviceJob.KIND, adviceJob::task, RankListJob.KIND,
        rankListJob::task);
    AdviceHandlers advice = new AdviceHandlers(adviceJob, services.profiles(), services.jobs(),
        bodies);
    RankListHandlers rankList = new RankListHandlers(rankListJob, services.profiles(),
        services.jobs(), bodies);
    JobHandlers jobs = new JobHandlers(services.jobs(), kinds, bodies);
    TimelineHandlers timeline = new TimelineHandlers(services.timelines(),
        clock.withZone(ZoneId.systemDefault()));
    OpenApiHandler openApi = new OpenApiHandler();
    return List.of(
        new ApiRoute(HandlerType.GET, "/api/openapi.json", openApi::serve),
        new ApiRoute(HandlerType.GET, "/api/specialties", catalog::specialties),
        new ApiRoute(HandlerType.GET, "/api/states", catalog::states),
        new ApiRoute(HandlerType.GET, "/api/programs", catalog::programs),
        new ApiRoute(HandlerType.GET, "/api/timeline", timeline::timeline),
        new ApiRoute(HandlerType.GET, "/api/interview-signals", rankList::signals),
        new ApiRoute(HandlerType.POST, "/api/optimize", optimize::optimize),
        new ApiRoute(HandlerType.GET, "/api/profiles", profiles::list),
        new ApiRoute(HandlerType.POST, "/api/profiles", profiles::create),
        new ApiRoute(HandlerType.GET, "/api/profiles/{id}", profiles::get),
        new ApiRoute(HandlerType.PUT, "/api/profiles/{id}", profiles::update),
        new ApiRoute(HandlerType.DELETE, "/api/profiles/{id}", profiles::delete),
        new ApiRoute(HandlerType.GET, "/api/profiles/{id}/export", profiles::export),
        new ApiRoute(HandlerType.GET, "/api/profiles/{id}/results", profiles::results),
        new ApiRoute(HandlerType.POST, "/api/profiles/{id}/advice", advice::start),
        new ApiRoute(HandlerType.GET, "/api/profiles/{id}/advice", advice::latest),
        new ApiRoute(HandlerType.POST, "/api/profiles/{id}/ranklist", rankList::start),
        new ApiRoute(HandlerType.GET, "/api/profiles/{id}/ranklist", rankList::latest),
        new ApiRoute(HandlerType.GET, "/api/data/export", data::export),
        new ApiRoute(HandlerType.DELETE, "/api/data", data::deleteEverything),
        new ApiRoute(HandlerType.POST, "/api/jobs", jobs::start),
        new ApiRoute(HandlerType.GET, "/api/jobs/{id}", jobs::status),
        new ApiRoute(HandlerType.DELETE, "/api/jobs/{id}", jobs::cancel),
        new ApiRoute(HandlerType.GET, "/api/jobs/{id}/events", new SseHandler(jobs::events)));
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot bind to '" + host + "': unknown host", e);
    }
  }
}
