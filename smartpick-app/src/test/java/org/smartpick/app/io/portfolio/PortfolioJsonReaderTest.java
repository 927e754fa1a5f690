package org.smartpick.app.io.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.ProgramChance;

class PortfolioJsonReaderTest {

  private static PortfolioInput read(String json) throws IOException {
    return PortfolioJsonReader.read("in.json", new StringReader(json));
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(PortfolioFormatException.class)
        .hasMessage(message);
  }

  @Test
  void readsProgramsWithDefaultCostAndTheBudget() throws IOException {
    PortfolioInput input = read("""
        {"programs": [{"id": "A", "p": 0.2, "utility": 1.0, "cost": 3},
                      {"utility": 2, "p": 1, "id": "B"}],
         "budget": 5}""");
    IndependentChances problem = input.problem();
    assertThat(problem.programs()).containsExactly(
        new ProgramChance("A", 0.2, 1.0, 3), new ProgramChance("B", 1, 2, 1));
    assertThat(problem.budget()).isEqualTo(5);
    assertThat(input.budgetWhere()).isEqualTo("in.json:3:12: budget");
  }

  @Test
  void wholeNumberWrittenWithADecimalPointIsAccepted() throws IOException {
    assertThat(read("{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1, \"cost\": 2.0}],"
        + " \"budget\": 4.00}").problem().budget()).isEqualTo(4);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertRejected("{\"programs\": [\n {\"id\": \"A\" \"p\": 1}]}",
        "in.json:2:13: malformed JSON: Unexpected character ('\"' (code 34)):"
            + " was expecting comma to separate Object entries");
  }

  @Test
  void probabilityOutOfRangeNamesPathValueAndPlace() {
    assertRejected("{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1},\n"
        + "  {\"id\": \"B\", \"p\": 1.5, \"utility\": 1}], \"budget\": 1}",
        "in.json:2:20: programs[1].p = 1.5 is not a probability in [0, 1]");
    assertRejected("{\"programs\": [{\"id\": \"A\", \"p\": -0.1, \"utility\": 1}], \"budget\": 1}",
        "in.json:1:32: programs[0].p = -0.1 is not a probability in [0, 1]");
  }

  @Test
  void duplicateIdPointsAtTheSecondOne() {
    assertRejected("{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1},\n"
        + "  {\"id\": \"A\", \"p\": 0.5, \"utility\": 1}], \"budget\": 1}",
        "in.json:2:10: programs[1].id = \"A\" repeats programs[0].id");
  }

  @Test
  void negativeBudgetIsRejected() {
    assertRejected("{\"programs\": [], \"budget\": -2}",
        "in.json:1:28: budget = -2 must be a whole number >= 0");
  }

  @Test
  void budgetBeyondIntegerRangeIsTooLarge() {
    assertRejected("{\"programs\": [], \"budget\": 1e12}",
        "in.json:1:28: budget = 1e12 is too large (at most 2147483647)");
  }

  @Test
  void nonIntegerOrZeroCostIsRejected() {
    assertRejected(
        "{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1, \"cost\": 2.5}], \"budget\": 1}",
        "in.json:1:59: programs[0].cost = 2.5 must be a whole number >= 1");
    assertRejected(
        "{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1, \"cost\": 0}], \"budget\": 1}",
        "in.json:1:59: programs[0].cost = 0 must be a whole number >= 1");
    assertRejected(
        "{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1, \"cost\": \"1\"}], \"budget\": 1}",
        "in.json:1:59: programs[0].cost = \"1\" must be a whole number >= 1");
  }

  @Test
  void negativeUtilityIsRejected() {
    assertRejected("{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": -1}], \"budget\": 1}",
        "in.json:1:48: programs[0].utility = -1 must be a finite number >= 0");
  }

  @Test
  void unknownFieldsAreRejectedAtEveryLevel() {
    assertRejected("{\"programs\": [], \"budget\": 1, \"budgte\": 2}",
        "in.json:1:41: $.budgte: unknown field; expected \"programs\" and \"budget\"");
    assertRejected(
        "{\"programs\": [{\"id\": \"A\", \"p\": 0.5, \"utility\": 1, \"fee\": 2}], \"budget\": 1}",
        "in.json:1:58: programs[0].fee: unknown field; a program has \"id\", \"p\", \"utility\""
            + " and optional \"cost\"");
  }

  @Test
  void repeatedKeyIsMalformed() {
    assertThatThrownBy(() -> read("{\"programs\": [], \"budget\": 1, \"budget\": 2}"))
        .hasMessageStartingWith("in.json:1:").hasMessageContaining("Duplicate field 'budget'");
  }

  @Test
  void missingFieldsAreNamed() {
    assertRejected("{\"programs\": []}", "in.json:1:16: $: missing field \"budget\"");
    assertRejected("{\"programs\": [{\"id\": \"A\", \"utility\": 1}], \"budget\": 1}",
        "in.json:1:15: programs[0] has no \"p\"");
  }

  @Test
  void wrongShapesAreNamed() {
    assertRejected("[1, 2]", "in.json:1:1: $: the document must be a JSON object"
        + " {\"programs\": [...], \"budget\": n}");
    assertRejected("", "in.json: the input is empty; expected a JSON object"
        + " {\"programs\": [...], \"budget\": n}");
    assertRejected("{\"programs\": {\"id\": \"A\"}, \"budget\": 1}",
        "in.json:1:14: programs = {...} must be an array");
    assertRejected("{\"programs\": [{\"id\": 7, \"p\": 0.5, \"utility\": 1}], \"budget\": 1}",
        "in.json:1:22: programs[0].id = 7 must be a non-blank string");
    assertRejected("{\"programs\": [], \"budget\": 1} {}",
        "in.json:1:31: $: unexpected content after the top-level object");
  }

  @Test
  void tooManyProgramsAreRefused() {
    StringBuilder json = new StringBuilder("{\"programs\": [");
    for (int j = 0; j <= PortfolioJsonReader.MAX_PROGRAMS; j++) {
      json.append(j == 0 ? "" : ",").append("{\"id\":\"P").append(j)
          .append("\",\"p\":0.5,\"utility\":1}");
    }
    json.append("], \"budget\": 1}");
    assertThatThrownBy(() -> read(json.toString()))
        .hasMessageEndingWith("programs: more than 20000 programs, the limit");
  }

  @Test
  void tooLargeFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    Files.write(file, new byte[(int) PortfolioJsonReader.MAX_BYTES + 1]);
    assertThatThrownBy(() -> PortfolioJsonReader.read(file))
        .isInstanceOf(PortfolioFormatException.class)
        .hasMessage(file + ": the file has 8388609 bytes, more than the 8388608 accepted");
  }
}
