package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.smartpick.app.store.Database;
import org.smartpick.app.web.WebApplication;
import org.smartpick.engine.catalog.ProgramCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick serve}: the web app. Starts on embedded defaults (an H2 file in the data
 * directory, the bundled catalog with the user's imports), prints the URL and serves until
 * stopped (Ctrl+C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve SmartPick in your browser (the page and the JSON API under /api).",
        "Local-first: binds 127.0.0.1, makes no outbound calls, stores profiles in the data",
        "directory unless --db names another database."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DataDirOption data;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String bind;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = {"Database, e.g. jdbc:postgresql://localhost:5432/smartpick (user and",
          "password from $SMARTPICK_DB_USER and $SMARTPICK_DB_PASSWORD).",
          "Default: an H2 file in the data directory."})
  private String db;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new BadInputException("--port: '" + port + "' is not a port number (0-65535)");
    }
    long start = System.nanoTime();
    // The catalog loads while the database opens and migrates.
    CompletableFuture<ProgramCatalog> catalog =
        CompletableFuture.supplyAsync(data.programStore()::catalog);
    Database database = db == null ? Database.embedded(data.directory())
        : Database.open(db, System.getenv("SMARTPICK_DB_USER"),
            System.getenv("SMARTPICK_DB_PASSWORD"));
    WebApplication application;
    try {
      application = WebApplication.start(database, catalog::join, bind, port);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      application.close();
      stopped.countDown();
    }, "smartpick-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    String host = InetAddress.getByName(bind).isAnyLocalAddress() ? "127.0.0.1" : bind;
    out.printf(Locale.ROOT, "SmartPick is running at http://%s:%d/ (started in %d ms)%n",
        host.contains(":") ? "[" + host + "]" : host, application.server().port(),
        (System.nanoTime() - start) / 1_000_000);
    out.println("Database: " + (db == null ? "H2 file in " + data.directory().root()
        : redacted(db)) + ". Press Ctrl+C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }

  // The URL without its query string, which may hold a password.
  private static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query) + "?...";
  }
}
