package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;

/** {@code smartpick ranklist} and the HTML reports end to end on dermatology with few scenarios. */
class RanklistCommandTest {
  private static final String MALICIOUS = "<script>alert('x')</script>";

  @TempDir
  Path temp;
  private List<String> ids;

  @BeforeEach
  void dermatologyPrograms() {
    ProgramCatalog catalog = ProgramCatalog.bundled();
    ids = catalog.programsIn(catalog.requireSpecialty("Dermatology")).stream()
        .map(Program::acgmeId).limit(4).toList();
  }

  private CliRunner run(String... args) {
    return CliRunner.run(temp.resolve("data"), args);
  }

  private Path profile() throws Exception {
    Path file = temp.resolve("me.yaml");
    Files.writeString(file, """
        specialty: Dermatology
        applicantType: US_MD_SENIOR
        step2: 250
        step1Attempts: 2
        researchItems: 10
        homeSchool: {name: Home, state: TX}
        geography: {homeState: TX}
        advocates:
          - name: "%s"
            role: PROGRAM_DIRECTOR
            standing: MID
            programs: ["%s"]
        budget: {maxApplications: 20}
        """.formatted(MALICIOUS.replace("\"", "\\\""), ids.get(0)));
    return file;
  }

  private Path interviews(String body) throws Exception {
    Path file = temp.resolve("interviews.yaml");
    Files.writeString(file, body);
    return file;
  }

  private String goodInterviews() {
    return "rankOrder: [\"" + String.join("\", \"", ids) + "\"]\n"
        + "signals:\n  - {program: \"" + ids.get(1) + "\", saw: heard-great-things}\n";
  }

  @Test
  void jsonHasEveryPartAndTheHtmlEscapesTheAdvocateName() throws Exception {
    Path html = temp.resolve("report.html");
    CliRunner json = run("ranklist", "--profile", profile().toString(), "--interviews",
        interviews(goodInterviews()).toString(), "--scenarios", "12", "--seed", "3",
        "--threads", "2", "--date", "2026-02-20", "--format", "json", "--html", html.toString());
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.err()).contains("seed 3");
    JsonNode root = new ObjectMapper().readTree(json.out());
    JsonNode rank = root.get("rankList");
    assertThat(rank.get("ranks")).hasSize(4);
    assertThat(rank.get("ranks").get(1).get("signals").get(0).asText())
        .isEqualTo("heard-great-things");
    double total = rank.get("unmatched").get("p").asDouble();
    for (JsonNode r : rank.get("ranks")) {
      total += r.get("matchHere").get("p").asDouble();
    }
    assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(rank.get("strategyProofness").get("honestDominates").asBoolean()).isTrue();
    assertThat(rank.get("strategyProofness").get("alternativesTried").asInt()).isEqualTo(9);
    JsonNode back = root.get("backchannel");
    assertThat(back.get("programs")).hasSize(4);
    assertThat(back.get("todayPhase").asText()).isEqualTo("FINAL_ADJUSTMENTS");
    assertThat(back.get("whatIfs").toString()).contains("senior advocate");
    assertThat(back.get("coverage").get(0).get("advocate").asText()).startsWith(MALICIOUS);
    assertThat(root.get("caveats").get(0).asText()).contains("not yet fully calibrated");

    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("<rect")
        .contains("P(you match at each rank").contains("today, 2026-02-20")
        .doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void adviseWritesAnHtmlReportWithTheCurveAndChances() throws Exception {
    Path html = temp.resolve("advice.html");
    CliRunner advise = run("advise", "--profile", profile().toString(), "--scenarios", "12",
        "--seed", "3", "--threads", "2", "--format", "md", "--html", html.toString());
    assertThat(advise.exitCode()).as(advise.err()).isZero();
    assertThat(advise.out()).startsWith("# SmartPick advice")
        .contains("## Backchannel: calls about you").contains("interview ");
    String page = Files.readString(html);
    assertThat(page).contains("<path class=\"line\"").contains("<rect class=\"bar\"")
        .contains("not yet fully calibrated").doesNotContain("<script")
        .contains("<h2>Backchannel: calls about you</h2>").contains("<th>P(interview)</th>");
  }

  @Test
  void badInterviewsExitTwoNamingTheProblem() throws Exception {
    Path me = profile();
    CliRunner duplicate = run("ranklist", "--profile", me.toString(), "--interviews",
        interviews("rankOrder: [\"" + ids.get(0) + "\", \"" + ids.get(0) + "\"]\n").toString(),
        "--scenarios", "2", "--seed", "1");
    assertThat(duplicate.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(duplicate.err()).contains("interviews.yaml:1:").contains("rankOrder[1]")
        .contains("listed twice").doesNotContain("Exception");
    CliRunner unknown = run("ranklist", "--profile", me.toString(), "--interviews",
        interviews("rankOrder: [\"9999999999\"]\nsignals:\n  - {program: \"9999999999\","
            + " saw: vibes}\n").toString(), "--scenarios", "2", "--seed", "1");
    assertThat(unknown.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(unknown.err()).contains("rankOrder[0]").contains("9999999999")
        .contains("not an ACGME program id").contains("signals[0].saw").contains("vibes");
    ProgramCatalog catalog = ProgramCatalog.bundled();
    String other = catalog.programsIn(catalog.requireSpecialty("Ob Gyn")).get(0).acgmeId();
    CliRunner wrongSpecialty = run("ranklist", "--profile", me.toString(), "--interviews",
        interviews("rankOrder: [\"" + other + "\"]\n").toString(), "--scenarios", "2");
    assertThat(wrongSpecialty.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(wrongSpecialty.err()).contains(other).contains("your profile's specialty is");
  }
}
