package org.smartpick.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.smartpick.app.io.profile.ProfileReader;
import org.smartpick.app.io.profile.InterviewsReader;
import org.smartpick.app.service.AdviceService;
import org.smartpick.app.service.OptimizeService;
import org.smartpick.app.service.PrivacyService;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.service.ProgramSearchService;
import org.smartpick.app.service.RankListService;
import org.smartpick.app.service.ScenarioCache;
import org.smartpick.app.service.TimelineService;
import org.smartpick.app.service.jobs.JobRegistry;
import org.smartpick.app.store.Database;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.market.MarketParameters;

/**
 * SmartPick served over HTTP: wires a database, the catalog and the use cases into a
 * {@link WebServer}. Closing it stops the server, the job workers and the database pool, in that
 * order.
 */
public final class WebApplication implements AutoCloseable {
  /** Most jobs held at once. */
  public static final int JOB_CAPACITY = 32;
  /** How long a finished job's result is kept. */
  public static final Duration JOB_RETENTION = Duration.ofMinutes(30);
  /** Scenario sets kept for later advice (each holds K scenarios of one specialty). */
  public static final int SCENARIO_SETS = 4;

  private final Database database;
  private final JobRegistry jobs;
  private final WebServer server;

  private WebApplication(Database database, JobRegistry jobs, WebServer server) {
    this.database = database;
    this.jobs = jobs;
    this.server = server;
  }

  /**
   * Starts serving.
   *
   * @param database an open database; closed with the application
   * @param catalog the program catalog (bundled plus imports), read once
   * @param host the address to bind
   * @param port the port, 0 for any free one
   */
  public static WebApplication start(Database database, Supplier<ProgramCatalog> catalog,
      String host, int port) {
    ProgramCatalog loaded = catalog.get();
    JobRegistry jobs = new JobRegistry(JOB_CAPACITY, JOB_RETENTION, 1, Clock.systemUTC());
    AdviceService advisor = new AdviceService(new ScenarioCache(SCENARIO_SETS),
        MarketParameters.fitted(), ErasFees.bundled());
    WebServices services = new WebServices(new ProgramSearchService(() -> loaded),
        new OptimizeService(), new ProfileService(database.profiles(), database.results(),
            new ProfileReader(loaded)),
        new PrivacyService(database.personalData()), jobs, new TimelineService(), advisor,
        new RankListService(advisor), new InterviewsReader(loaded));
    try {
      return new WebApplication(database, jobs, WebServer.start(services, host, port));
    } catch (RuntimeException e) {
      jobs.close();
      throw e;
    }
  }

  /** The server. */
  public WebServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
    jobs.close();
    database.close();
  }
}
