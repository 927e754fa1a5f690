package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

  private static String example() throws URISyntaxException {
    return Path.of(MatchCommandTest.class.getResource("worked-example.json").toURI()).toString();
  }

  /**
   * Worked by hand (applicant-proposing): DAVIS holds MERCY; GARCIA takes DERM and, from the
   * supplemental list, STATE; HASSAN takes CITY; the couple fails (CITY, MERCY) because MERCY
   * prefers DAVIS and gets (GENERAL, STATE), GENERAL having 2 seats once PRIMARY (ranked by
   * no one) reverts its seat; ILLES takes the other GENERAL seat.
   */
  @Test
  void workedExamplePrintsTheKnownMatchingAsATable() throws Exception {
    CliRunner run = CliRunner.run("match", "--input", example());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("seed: 1")
        .containsPattern("DAVIS\\s+MERCY\\s+1")
        .containsPattern("GARCIA\\s+DERM \\+ STATE \\(supplemental\\)\\s+1")
        .containsPattern("HASSAN\\s+CITY\\s+1")
        .containsPattern("ILLES\\s+GENERAL\\s+1")
        .containsPattern("EASTMAN\\s+GENERAL\\s+2")
        .containsPattern("FORD\\s+STATE\\s+2")
        .contains("CITY  1 of 2 unfilled", "RURAL  2 of 2 unfilled", "stable: yes");
  }

  @Test
  void workedExampleResultJsonListsEveryApplicant(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("result.json");
    CliRunner run = CliRunner.run("match", "--input", example(), "--output", output.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode result = new ObjectMapper().readTree(output.toFile());
    assertThat(result.get("assignments").size()).isEqualTo(6);
    assertThat(result.at("/assignments/EASTMAN").asText()).isEqualTo("GENERAL");
    assertThat(result.at("/assignments/FORD").asText()).isEqualTo("STATE");
    assertThat(result.at("/supplementalAssignments/GARCIA").asText()).isEqualTo("STATE");
    assertThat(result.at("/matchedRank/FORD").asInt()).isEqualTo(2);
    assertThat(result.at("/unfilled/CITY").asInt()).isEqualTo(1);
    assertThat(result.at("/unfilled/RURAL").asInt()).isEqualTo(2);
    assertThat(result.get("unfilled").has("GENERAL")).isFalse();
    assertThat(result.get("stable").asBoolean()).isTrue();
    assertThat(result.get("blockingPairs").size()).isZero();
    assertThat(result.at("/counters/restarts").asInt()).isZero();
    assertThat(result.at("/counters/searchStates").isInt()).isTrue();
    assertThat(result.at("/counters/searchStates").asInt()).isZero();
    assertThat(result.at("/counters/exactSearchConflicts").isIntegralNumber()).isTrue();
    assertThat(result.at("/counters/exactSearchConflicts").asLong()).isZero();
    assertThat(result.at("/summary/matched").asInt()).isEqualTo(6);
    // PRIMARY's unfilled position reverts to GENERAL: 10 positions after reversion
    assertThat(result.at("/summary/positions").asInt()).isEqualTo(10);
  }

  @Test
  void unmatchedApplicantIsShownAsUnmatched(@TempDir Path dir) throws IOException {
    Path market = dir.resolve("m.json");
    Files.writeString(market, "{\"programs\": [{\"id\": \"P\", \"capacity\": 1, \"rankList\": [\"A\", \"B\"]}],"
        + " \"applicants\": [{\"id\": \"A\", \"rankList\": [\"P\"]}, {\"id\": \"B\", \"rankList\": [\"P\"]}]}");
    CliRunner run = CliRunner.run("match", "--input", market.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("A\\s+P\\s+1").containsPattern("B\\s+unmatched\\s+-")
        .contains("every position is filled");
  }

  @Test
  void badMarketFilesExitTwoWithPathAndPositionAndNoStackTrace(@TempDir Path dir) throws IOException {
    String[][] cases = {
        {"{\"programs\": [{\"id\": \"A\", \"capacity\": 1, \"rankList\": [\"ZED\"]}], \"applicants\": []}",
            ":1:55: programs[0].rankList[0]: unknown applicant id 'ZED'"},
        {"{\"programs\": [{\"id\": \"A\", \"capacity\": -1}], \"applicants\": []}",
            ":1:39: programs[0].capacity: must be 0 or more, was -1"},
        {"{\"programs\": [", ":1:15: malformed JSON: Unexpected end-of-input"},
        {"{\"programs\": [], \"applicants\": [{\"id\": \"X\", \"rankList\": \"P\"}]}",
            ":1:57: applicants[0].rankList: expected an array, found string \"P\""},
        {"{\"programs\": [{\"id\": \"A\", \"capacity\": 1, \"track\": \"FELLOW\"}], \"applicants\": []}",
            ":1:51: programs[0].track: unknown track 'FELLOW'"},
        {"{\"programs\": [], \"applicants\": [], \"extra\": 1}",
            ":1:36: extra: unknown field 'extra'"},
        {"{\"programs\": [], \"applicants\": [{\"id\": \"E\"}], \"couples\": [{\"id\": \"C\", \"members\": [\"E\", \"F\"]}]}",
            ":1:40: applicants[0].id: applicant 'E' is a member of couple 'C'"},
        {"{\"programs\": [{\"id\": \"A\", \"capacity\": 1}], \"applicants\": [], \"couples\": [{\"id\": \"C\", "
            + "\"members\": [\"E\", \"F\"], \"rankList\": [[\"A\"]]}]}",
            ":1:122: couples[0].rankList[0]: a pair has exactly 2 entries"},
        {"{\"programs\": [{\"id\": \"A\", \"capacity\": 1}, {\"id\": \"A\", \"capacity\": 1}], \"applicants\": []}",
            ":1:50: programs[1].id: duplicate program id 'A'"},
    };
    for (int i = 0; i < cases.length; i++) {
      Path market = dir.resolve("bad" + i + ".json");
      Files.writeString(market, cases[i][0]);
      CliRunner run = CliRunner.run("match", "--input", market.toString());
      assertThat(run.exitCode()).as(cases[i][0]).isEqualTo(SmartPick.EXIT_BAD_INPUT);
      assertThat(run.err()).as(cases[i][0]).startsWith("error: " + market + cases[i][1])
          .doesNotContain("\tat ").doesNotContain("Exception");
    }
  }

  @Test
  void missingFileAndBadOptionsExitTwo(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    CliRunner run = CliRunner.run("match", "--input", missing.toString());
    assertThat(run.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(run.err()).isEqualTo("error: " + missing + ": market file not found" + System.lineSeparator());

    CliRunner unknown = CliRunner.run("match", "--synthetic", "regional");
    assertThat(unknown.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(unknown.err()).contains("--synthetic: unknown market 'regional' (offered: national)");

    CliRunner scale = CliRunner.run("match", "--synthetic", "national", "--scale", "2");
    assertThat(scale.err()).contains("--scale: must be in (0, 1], was 2.0");

    CliRunner couples = CliRunner.run("match", "--synthetic", "national", "--couples", "30000");
    assertThat(couples.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(couples.err()).contains("--couples 30000: couples (30000) need 60000 applicants");

    CliRunner neither = CliRunner.run("match");
    assertThat(neither.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(neither.err()).contains("Missing required argument");
  }

  @Test
  void syntheticSummaryOnASmallSeededMarketIsReproducible(@TempDir Path dir) throws IOException {
    Path saved = dir.resolve("market.json");
    CliRunner first = CliRunner.run("match", "--synthetic", "national", "--scale", "0.02",
        "--seed", "7", "--save-market", saved.toString());
    CliRunner second = CliRunner.run("match", "--synthetic", "national", "--scale", "0.02",
        "--seed", "7");
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("seed: 7", "market: synthetic national scaled by 0.02",
        "couples: 24)", "matched at rank 1:", "stable: ", "restarts: ", "time: generation ");
    assertThat(withoutTimes(first.out())).isEqualTo(withoutTimes(second.out()));
    // about 2% of the national totals (47,208 applicants, 43,237 positions)
    assertThat(first.out()).containsPattern("applicants: 9[0-9]{2} ")
        .containsPattern("positions: (8[5-9][0-9]|9[0-9]{2})");

    CliRunner replay = CliRunner.run("match", "--input", saved.toString(), "--seed", "7",
        "--output", dir.resolve("r.json").toString());
    assertThat(replay.exitCode()).isZero();
  }

  private static String withoutTimes(String out) {
    return out.replaceAll("time: .*", "");
  }
}
