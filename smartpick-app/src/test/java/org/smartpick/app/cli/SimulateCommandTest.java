package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String SMALL = "Radiation Oncology";

  @Test
  void jsonHasTheDocumentedFieldsAndIsTheSameForOneAndTwoThreads() throws Exception {
    CliRunner one = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "3", "--seed",
        "5", "--threads", "1", "--format", "json");
    CliRunner two = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "3", "--seed",
        "5", "--threads", "2", "--format", "json");
    assertThat(one.exitCode()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(one.err()).contains("seed 5");
    JsonNode root = new ObjectMapper().readTree(one.out());
    assertThat(root.get("seed").asLong()).isEqualTo(5);
    assertThat(root.get("replicas").asInt()).isEqualTo(3);
    JsonNode md = root.get("applicants").get("US_MD_SENIOR");
    double rate = md.get("matchRate").get("mean").asDouble();
    assertThat(rate).isBetween(0.0, 1.0);
    assertThat(md.get("matchRate").get("low").asDouble()).isLessThanOrEqualTo(rate);
    assertThat(md.get("matchedAtRank").has("4+")).isTrue();
    assertThat(md.get("meanRanks").has("unmatched")).isTrue();
    assertThat(md.get("pMatchByContiguousRanks").has("1")).isTrue();
    assertThat(root.get("applicants").has("all")).isTrue();
    assertThat(root.get("specialties").get(SMALL).get("fillRate").get("mean").asDouble())
        .isBetween(0.0, 1.0);
    assertThat(root.get("calls").get("all").get("perApplicant").has("VETTING")).isTrue();
    assertThat(root.get("calls").get("all").get("perApplicant").has("RANKING_MEETINGS")).isTrue();
  }

  @Test
  void tablesAndMarkdownShowTheOutcomeTables() {
    CliRunner table = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "2", "--seed",
        "1", "--format", "table");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("Outcomes by applicant type", "US_MD_SENIOR",
        "Outcomes by specialty", "Calls per applicant by type and phase", "seed 1");
    CliRunner md = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "2", "--seed",
        "1", "--format", "md");
    assertThat(md.out()).contains("| Applicant type | Match rate |");
    CliRunner csv = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "2", "--seed",
        "1", "--format", "csv");
    assertThat(csv.out()).startsWith("section,scope,metric,qualifier,mean,low,high,replicas\n")
        .contains("applicants,US_MD_SENIOR,matchRate,,");
  }

  @Test
  void badInputExitsTwoWithAClearMessage(@TempDir Path dir) throws Exception {
    CliRunner unknown = CliRunner.run("simulate", "--specialty", "Astrology", "--seed", "1");
    assertThat(unknown.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(unknown.err()).contains("--specialty: unknown specialty 'Astrology'")
        .doesNotContain("Exception");
    CliRunner zero = CliRunner.run("simulate", "--replicas", "0", "--seed", "1");
    assertThat(zero.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(zero.err()).contains("--replicas: must be at least 1, was 0");
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "version=1\nfloorShare=7\n");
    CliRunner bad = CliRunner.run("simulate", "--specialty", SMALL, "--parameters",
        file.toString(), "--seed", "1");
    assertThat(bad.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(bad.err()).contains("p.properties line 2: floorShare = 7");
    CliRunner both = CliRunner.run("simulate", "--national", "--specialty", SMALL);
    assertThat(both.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
  }
}
