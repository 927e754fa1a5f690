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

  @Test
  void callsGoToACsvFileInReplicaOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("calls-1.csv");
    Path two = dir.resolve("calls-2.csv");
    CliRunner run = CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "3", "--seed",
        "8", "--threads", "1", "--format", "json", "--calls", one.toString());
    CliRunner.run("simulate", "--specialty", SMALL, "--replicas", "3", "--seed", "8",
        "--threads", "2", "--calls", two.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
    java.util.List<String> lines = Files.readAllLines(one);
    assertThat(lines.get(0)).isEqualTo("replica,call,phase,type,reason,caller_role,"
        + "caller_standing,known_caller,applicant,applicant_type,applicant_specialty,program_id,"
        + "program_specialty,effect");
    // one row per call: the rows add up to the mean number of calls per replica times 3
    double meanCalls = new ObjectMapper().readTree(run.out()).get("calls").get("all")
        .get("total").get("mean").asDouble();
    assertThat(lines.size() - 1).isEqualTo((int) Math.round(3 * meanCalls)).isPositive();
    assertThat(lines.get(1)).startsWith("0,0,");
    assertThat(lines.get(lines.size() - 1)).startsWith("2,");
    assertThat(run.err()).contains("calls of 3 replicas to");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("calls-1.csv", "calls-2.csv");
    }
  }

  @Test
  void aCallsPathThatCannotBeWrittenIsRefusedBeforeSimulating(@TempDir Path dir) {
    CliRunner folder = CliRunner.run("simulate", "--specialty", SMALL, "--seed", "1",
        "--calls", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(folder.err()).contains("--calls: " + dir + " is a folder").doesNotContain("seed 1,");
    CliRunner missing = CliRunner.run("simulate", "--specialty", SMALL, "--seed", "1",
        "--calls", dir.resolve("no/such/calls.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(missing.err()).contains("does not exist").doesNotContain("Exception");
  }
}
