package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeCommandTest {
  private static final String EQUAL_COSTS = """
      {"programs": [
        {"id": "reach", "p": 0.15, "utility": 1.0},
        {"id": "high", "p": 0.2, "utility": 0.95},
        {"id": "mid", "p": 0.5, "utility": 0.7},
        {"id": "solid", "p": 0.7, "utility": 0.6},
        {"id": "safety", "p": 0.95, "utility": 0.3}
      ], "budget": 3}""";

  @TempDir
  Path dir;

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  private static JsonNode json(CliRunner run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void equalCostsRunTheNestedGreedyAndReportTheOptimum() throws IOException {
    JsonNode out = json(CliRunner.run("optimize", "--input",
        write("p.json", EQUAL_COSTS).toString(), "--format", "json"));
    assertThat(out.get("method").asText()).isEqualTo("nested-greedy");
    assertThat(out.get("chosen")).extracting(JsonNode::asText)
        .containsExactly("solid", "mid", "high");
    // Best first: high, else mid, else solid: 0.2*0.95 + 0.8*0.5*0.7 + 0.8*0.5*0.7*0.6
    // = 0.19 + 0.28 + 0.168 (brute force over the 10 triples confirms it is the optimum).
    assertThat(out.get("value").asDouble()).isCloseTo(0.638, within(1e-12));
    assertThat(out.get("gap").asDouble()).isZero();
  }

  @Test
  void unequalFeesRunTheDynamicProgram() throws IOException {
    String fees = """
        {"programs": [
          {"id": "reach", "p": 0.5, "utility": 10, "cost": 3},
          {"id": "target", "p": 0.5, "utility": 6, "cost": 2},
          {"id": "safety", "p": 0.9, "utility": 3, "cost": 1}
        ], "budget": 3}""";
    JsonNode out = json(CliRunner.run("optimize", "--input", write("f.json", fees).toString(),
        "--format", "json"));
    assertThat(out.get("method").asText()).isEqualTo("cost-dynamic-program");
    assertThat(out.get("chosen")).extracting(JsonNode::asText).containsExactly("reach");
    assertThat(out.get("value").asDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(out.get("spent").asInt()).isEqualTo(3);
  }

  @Test
  void tableSaysWhichMethodRanAndListsTheCurve() throws IOException {
    CliRunner run = CliRunner.run("optimize", "--input", write("p.json", EQUAL_COSTS).toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("method: nested-greedy: exact")
        .contains("expected utility 0.6380 (optimal)")
        .containsPattern("1  solid +0\\.7000 +0\\.6000 +1 +0\\.4200");
  }

  @Test
  void probabilityOutOfRangeExitsTwoWithPathValueAndLocation() throws IOException {
    Path file = write("bad.json",
        "{\"programs\": [\n  {\"id\": \"A\", \"p\": 1.5, \"utility\": 1}\n], \"budget\": 2}");
    CliRunner run = CliRunner.run("optimize", "--input", file.toString());
    assertThat(run.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(run.err().trim())
        .isEqualTo("error: " + file + ":2:20: programs[0].p = 1.5 is not a probability in [0, 1]");
  }

  @Test
  void malformedJsonExitsTwoWithoutStackTrace() throws IOException {
    CliRunner run = CliRunner.run("optimize", "--input",
        write("m.json", "{\"programs\": [\n").toString());
    assertThat(run.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("m.json:2:1: malformed JSON")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void tableTooLargeForTheDynamicProgramNamesTheBudgetAndWhereItIs() throws IOException {
    StringBuilder json = new StringBuilder("{\"programs\": [");
    for (int j = 0; j < 1000; j++) {
      json.append(j == 0 ? "" : ",").append("{\"id\":\"P").append(j)
          .append("\",\"p\":0.5,\"utility\":1,\"cost\":").append(1_000_000 + j).append('}');
    }
    json.append("],\n \"budget\": 2000000000}");
    CliRunner run = CliRunner.run("optimize", "--input", write("big.json", json.toString())
        .toString());
    assertThat(run.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("big.json:2:12: budget: budget = 2000000000 with 1000 programs")
        .doesNotContain("\tat ");
  }

  @Test
  void missingFileAndUnknownFormatExitTwo() throws IOException {
    CliRunner missing = CliRunner.run("optimize", "--input", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(missing.err()).contains("file not found");
    CliRunner format = CliRunner.run("optimize", "--input",
        write("p.json", EQUAL_COSTS).toString(), "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(format.err()).contains("--format").contains("xml");
  }
}
