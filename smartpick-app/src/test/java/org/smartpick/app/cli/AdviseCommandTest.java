package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartpick advise} end to end on dermatology with few scenarios. */
class AdviseCommandTest {
  @TempDir
  Path temp;

  private CliRunner run(String... args) {
    return CliRunner.run(temp.resolve("data"), args);
  }

  private Path profile() throws Exception {
    Path file = temp.resolve("me.yaml");
    Files.writeString(file, """
        specialty: Dermatology
        applicantType: US_MD_SENIOR
        step2: 252
        researchItems: 10
        homeSchool: {name: Home, state: TX}
        geography: {homeState: TX}
        budget: {maxApplications: 20}
        """);
    return file;
  }

  @Test
  void tableAndJsonAreSeededAndAgree() throws Exception {
    Path file = profile();
    CliRunner table = run("advise", "--profile", file.toString(), "--scenarios", "16", "--seed",
        "7", "--threads", "2");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.err()).contains("seed 7").contains("scenarios 16/16");
    assertThat(table.out()).contains("SmartPick advice: Dermatology").contains("P(match)")
        .contains("Diminishing returns").contains("top 20 by reputation").contains("20 random");
    CliRunner json = run("advise", "--profile", file.toString(), "--scenarios", "16", "--seed",
        "7", "--threads", "1", "--format", "json", "--date", "2025-10-01");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("seed").asLong()).isEqualTo(7);
    assertThat(root.get("budget").asInt()).isEqualTo(20);
    assertThat(root.get("picks").size()).isLessThanOrEqualTo(20);
    assertThat(root.get("certifiedGap").asDouble()).isGreaterThanOrEqualTo(-1e-12);
    assertThat(table.out()).contains(String.format(java.util.Locale.ROOT, "%3.0f%%",
        100 * root.get("matchChance").get("p").asDouble()));
    JsonNode backchannel = root.get("backchannel");
    assertThat(backchannel.get("today").asText()).isEqualTo("2025-10-01");
    assertThat(backchannel.get("programs").size()).isEqualTo(root.get("picks").size());
    for (int i = 0; i < root.get("picks").size(); i++) {
      JsonNode pick = root.get("picks").get(i);
      JsonNode calls = backchannel.get("programs").get(i);
      assertThat(calls.get("id").asText()).isEqualTo(pick.get("id").asText());
      String planned = pick.get("signal").isNull() ? "interview" : "interviewWithSignal";
      assertThat(calls.get("interview")).isEqualTo(pick.get(planned));
    }
    assertThat(table.out()).contains("Backchannel: calls about you").contains("Guidance");
  }

  @Test
  void badInputExitsTwo() throws Exception {
    CliRunner zero = run("advise", "--profile", profile().toString(), "--scenarios", "0");
    assertThat(zero.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(zero.err()).contains("--scenarios");
    CliRunner missing = run("advise", "--profile", temp.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
  }
}
