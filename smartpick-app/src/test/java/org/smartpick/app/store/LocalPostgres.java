package org.smartpick.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: either the one named by {@code SMARTPICK_TEST_POSTGRES_URL}
 * (with {@code _USER} and {@code _PASSWORD}), or a throw-away cluster of Debian's
 * {@code postgresql} package ({@code /usr/lib/postgresql/N/bin}) started on a free port of
 * 127.0.0.1 for this JVM (as the {@code postgres} user when the tests run as root, which
 * PostgreSQL refuses) and removed at exit. Each {@link #newDatabase()} is a fresh database.
 */
final class LocalPostgres {
  private static final String SUPERUSER = "smartpick";
  private static LocalPostgres instance;

  private final String baseUrl;
  private final String user;
  private final String password;

  private LocalPostgres(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  /** The server, started on first use; empty when there is neither a URL nor PostgreSQL here. */
  static synchronized Optional<LocalPostgres> get() {
    if (instance == null) {
      String url = System.getenv("SMARTPICK_TEST_POSTGRES_URL");
      if (url != null && !url.isBlank()) {
        instance = new LocalPostgres(url, System.getenv("SMARTPICK_TEST_POSTGRES_USER"),
            System.getenv("SMARTPICK_TEST_POSTGRES_PASSWORD"));
      } else {
        Optional<Path> bin = debianBinaries();
        if (bin.isEmpty()) {
          return Optional.empty();
        }
        instance = startCluster(bin.get());
      }
    }
    return Optional.of(instance);
  }

  /** A fresh, empty database on the server; returns its JDBC URL. */
  String newDatabase() {
    String name = "smartpick_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + baseUrl, e);
    }
    int slash = baseUrl.lastIndexOf('/');
    return baseUrl.substring(0, slash + 1) + name;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  private static Optional<Path> debianBinaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(Comparator.comparing(bin -> Integer.parseInt(
              bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalPostgres startCluster(Path bin) {
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      Path dir = Files.createTempDirectory("smartpick-pg-");
      Path data = dir.resolve("data");
      if (root) {
        run(List.of("chown", "postgres:postgres", dir.toString()), false);
      }
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
          "-A", "trust", "-E", "UTF8", "--no-sync"), root);
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
          "-l", dir.resolve("server.log").toString(), "-o", "-p " + port + " -k " + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
              + " -c full_page_writes=off", "start"), root);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m",
              "immediate", "stop"), root);
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        } catch (IOException e) {
          // Best effort at exit.
        }
      }));
      return new LocalPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER,
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL from " + bin, e);
    }
  }

  private static void run(List<String> command, boolean asPostgres) throws IOException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", full) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
