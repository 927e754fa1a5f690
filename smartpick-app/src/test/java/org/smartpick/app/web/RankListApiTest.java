package org.smartpick.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartpick.app.web.RunningServer.assertError;
import static org.smartpick.app.web.RunningServer.json;
import static org.smartpick.app.web.RunningServer.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rank-list jobs through the real API: start, progress events, the result (P(match) per rank,
 * honesty check, backchannel report), the saved result, the signals list, cancel, and errors
 * that name the field and value.
 */
class RankListApiTest {
  private static final String DOCUMENT = "{\"specialty\": \"Dermatology\", \"applicantType\":"
      + " \"US_MD_SENIOR\", \"step2\": 255, \"homeSchool\": {\"name\": \"Baylor College of"
      + " Medicine\"}, \"geography\": {\"homeState\": \"TX\"}}";

  @TempDir
  static Path data;
  private static RunningServer server;
  private static String profileId;
  private static List<String> dermatology;
  private static String otherSpecialty;

  @BeforeAll
  static void start() {
    server = new RunningServer(data);
    profileId = server.createProfile("Pat", DOCUMENT);
    dermatology = new ArrayList<>();
    json(server.get("/api/programs?specialty=Dermatology&state=TX&limit=3"))
        .forEach(p -> dermatology.add(p.get("acgmeId").asText()));
    assertThat(dermatology).hasSize(3);
    otherSpecialty = json(server.get("/api/programs?specialty=Internal%20Medicine&limit=1"))
        .get(0).get("acgmeId").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String path() {
    return "/api/profiles/" + profileId + "/ranklist";
  }

  private static String ids(String... ids) {
    return "[\"" + String.join("\", \"", ids) + "\"]";
  }

  @Test
  void aRankListRunsAsAJobWithProgressAndIsSavedForTheProfile() {
    String a = dermatology.get(0);
    String b = dermatology.get(1);
    String c = dermatology.get(2);
    HttpResponse<String> started = server.send("POST", path(), "{\"rankOrder\": "
        + ids(a, b, c) + ", \"signals\": [{\"program\": \"" + b + "\", \"saw\":"
        + " \"heard-great-things\"}], \"scenarios\": 6, \"seed\": 11}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonNode job = json(started);
    assertThat(job.get("kind").asText()).isEqualTo("ranklist");
    assertThat(started.headers().firstValue("Location")).hasValue("/api/jobs/"
        + job.get("id").asText());

    List<RunningServer.Event> events = server.events(job.at("/links/events").asText());
    assertThat(events.get(events.size() - 1).name()).isEqualTo("done");
    assertThat(events.stream().filter(e -> "progress".equals(e.name()))).isNotEmpty();
    JsonNode done = parse(events.get(events.size() - 1).data());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");

    JsonNode result = done.get("result");
    assertThat(result.get("specialty").asText()).isEqualTo("Dermatology");
    assertThat(result.get("scenarios").asInt()).isEqualTo(6);
    assertThat(result.get("seed").asLong()).isEqualTo(11);
    assertThat(result.get("caveats").toString()).contains("calibrated");
    JsonNode ranks = result.at("/rankList/ranks");
    assertThat(ranks.size()).isEqualTo(3);
    List<String> order = new ArrayList<>();
    double total = result.at("/rankList/unmatched/p").asDouble();
    for (JsonNode rank : ranks) {
      order.add(rank.get("id").asText());
      JsonNode here = rank.get("matchHere");
      assertThat(here.get("low").asDouble()).isLessThanOrEqualTo(here.get("p").asDouble());
      assertThat(here.get("high").asDouble()).isGreaterThanOrEqualTo(here.get("p").asDouble());
      total += here.get("p").asDouble();
    }
    assertThat(order).containsExactly(a, b, c);
    assertThat(total).isCloseTo(1.0, within(1e-9));
    assertThat(ranks.get(1).get("signals").toString()).contains("heard-great-things");
    assertThat(ranks.get(0).get("signals").size()).isZero();
    JsonNode honesty = result.at("/rankList/strategyProofness");
    assertThat(honesty.get("bestAlternativeExpectedUtility").asDouble())
        .isLessThanOrEqualTo(honesty.get("honestExpectedUtility").asDouble() + 1e-9);
    assertThat(honesty.get("alternativesTried").asInt()).isPositive();
    assertThat(honesty.get("note").asText()).contains("couples");
    JsonNode backchannel = result.get("backchannel");
    assertThat(backchannel.get("programs").size()).isEqualTo(3);
    assertThat(backchannel.at("/programs/0/anyCall/p").isNumber()).isTrue();
    assertThat(backchannel.get("guidance").size()).isPositive();

    // Saved for the profile, and served as its latest rank list.
    JsonNode latest = json(server.get(path()));
    assertThat(latest.get("id").asText()).isEqualTo(result.get("savedResultId").asText());
    assertThat(latest.get("kind").asText()).isEqualTo("ranklist");
    assertThat(latest.at("/result/rankList/ranks")).isEqualTo(ranks);

    // The same request through /api/jobs with the same seed gives the same numbers.
    HttpResponse<String> again = server.send("POST", "/api/jobs", "{\"kind\": \"ranklist\","
        + " \"input\": {\"profileId\": \"" + profileId + "\", \"rankOrder\": " + ids(a, b, c)
        + ", \"signals\": [{\"program\": \"" + b + "\", \"saw\": \"heard-great-things\"}],"
        + " \"scenarios\": 6, \"seed\": 11}}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    JsonNode second = server.awaitFinished(json(again).get("id").asText()).get("result");
    assertThat(second.at("/rankList/ranks")).isEqualTo(ranks);
  }

  @Test
  void theSignalsAreListedWithTheirSmallLikelihoodRatios() {
    JsonNode signals = json(server.get("/api/interview-signals"));
    assertThat(signals.size()).isEqualTo(7);
    for (JsonNode signal : signals) {
      assertThat(signal.get("likelihoodRatio").asDouble()).isBetween(0.5, 1.5);
      assertThat(signal.get("estimated").asBoolean()).isTrue();
    }
    assertThat(signals.get(0).get("name").asText()).isEqualTo("heard-great-things");
    assertThat(signals.get(0).get("likelihoodRatio").asDouble()).isEqualTo(1.5);
  }

  @Test
  void badListsAre400NamingTheFieldAndValue() {
    String a = dermatology.get(0);
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids("0000000002") + "}"), 400,
        "rankOrder[0]", "'0000000002'", "not an ACGME program id");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a, a) + "}"), 400,
        "rankOrder[1]", "'" + a + "'", "listed twice");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a, otherSpecialty) + "}"),
        400, "rankOrder[1]", "'" + otherSpecialty + "'", "Internal Medicine");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a) + ", \"signals\":"
        + " [{\"program\": \"" + a + "\", \"saw\": \"wink\"}]}"), 400, "signals[0].saw",
        "'wink'", "heard-great-things");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a) + ", \"signals\":"
        + " [{\"program\": \"" + dermatology.get(1) + "\", \"saw\": \"silence\"}]}"), 400,
        "signals[0].program", "not on rankOrder");
    assertError(server.send("POST", path(), "{}"), 400, "rankOrder", "must list");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a)
        + ", \"scenarios\": 0}"), 400, "scenarios", "'0'");
    assertError(server.send("POST", path(), "{\"rankOrder\": " + ids(a)
        + ", \"threads\": 2}"), 400, "threads", "unknown field");
    assertError(server.send("POST", "/api/jobs", "{\"kind\": \"ranklist\", \"input\":"
        + " {\"profileId\": \"" + profileId + "\", \"rankOrder\": " + ids(a, "x") + "}}"), 400,
        "input.rankOrder[1]", "'x'");
  }

  @Test
  void unknownProfilesAre404() {
    assertError(server.send("POST", "/api/profiles/nope/ranklist", "{\"rankOrder\": "
        + ids(dermatology.get(0)) + "}"), 404, "id", "'nope'");
    String other = json(server.send("POST", "/api/profiles",
        "{\"displayName\": \"New\", \"document\": " + DOCUMENT + "}")).get("id").asText();
    assertError(server.get("/api/profiles/" + other + "/ranklist"), 404, "id",
        "no saved rank list");
  }

  @Test
  void aRunningRankListJobCanBeCancelled() throws InterruptedException {
    HttpResponse<String> started = server.send("POST", path(), "{\"rankOrder\": "
        + ids(dermatology.get(0)) + ", \"scenarios\": 2000, \"seed\": 3}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asText();
    for (int i = 0; i < 400 && !"running".equals(json(server.get("/api/jobs/" + id))
        .get("status").asText()); i++) {
      Thread.sleep(25);
    }
    assertThat(server.send("DELETE", "/api/jobs/" + id, null).statusCode()).isEqualTo(200);
    JsonNode finished = server.awaitFinished(id);
    assertThat(finished.get("status").asText()).isEqualTo("cancelled");
    assertThat(finished.has("result")).isFalse();
  }
}
