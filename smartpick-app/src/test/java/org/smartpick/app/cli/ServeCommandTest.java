package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.store.Database;

/** {@code smartpick serve} starts on embedded defaults, prints its URL and serves the page. */
class ServeCommandTest {
  @TempDir
  Path data;

  @Test
  void serveStartsOnEmbeddedDefaultsAndPrintsTheUrl() throws Exception {
    PipedReader pipe = new PipedReader();
    PrintWriter out = new PrintWriter(new PipedWriter(pipe), true);
    Thread serving = new Thread(() -> SmartPick.run(new String[] {"serve", "--port", "0",
        "--data-dir", data.toString()}, out, new PrintWriter(new StringWriter(), true)),
        "serve-under-test");
    serving.setDaemon(true);
    serving.start();
    String line = new BufferedReader(pipe).readLine();
    Matcher url = Pattern.compile("running at (http://127\\.0\\.0\\.1:(\\d+)/) \\(started in"
        + " (\\d+) ms\\)").matcher(line);
    assertThat(url.find()).as(line).isTrue();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url.group(1)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("SmartPick");
    assertThat(Files.exists(data.resolve(Database.EMBEDDED_NAME + ".mv.db"))).isTrue();
    System.out.println("serve: started in " + url.group(3) + " ms");
  }

  @Test
  void aBadPortOrDatabaseIsBadInput() throws IOException {
    CliRunner port = CliRunner.run("serve", "--port", "70000", "--data-dir", data.toString());
    assertThat(port.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(port.err()).contains("--port: '70000'");
    CliRunner db = CliRunner.run("serve", "--db", "jdbc:mysql://x/y", "--data-dir",
        data.toString());
    assertThat(db.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(db.err()).contains("jdbc:mysql://x/y");
  }
}
