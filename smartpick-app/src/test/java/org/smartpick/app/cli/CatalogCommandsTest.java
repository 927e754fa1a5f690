package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;

/** The programs, specialties and import commands run end to end against a temporary data dir. */
class CatalogCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private String dataDir() {
    return temp.resolve("data").toString();
  }

  private CliRunner run(String... args) {
    return CliRunner.run(temp.resolve("data"), args);
  }

  @Test
  void programsJsonIsAnArrayOfProgramsWithEstimateFlagsAndDistances() throws Exception {
    CliRunner result = run("programs", "--specialty", "orthopaedic surgery", "--near", "Dallas, TX",
        "--within", "200mi", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode array = JSON.readTree(result.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isPositive();
    for (JsonNode program : array) {
      assertThat(program.get("acgmeId").asText()).matches("\\d{10}");
      assertThat(program.get("specialty").asText()).isEqualTo("Orthopaedic Surgery");
      assertThat(program.get("positions").asInt()).isPositive();
      assertThat(program.get("positionsEstimated").asBoolean()).isTrue();
      assertThat(program.get("academicEstimated").asBoolean()).isTrue();
      assertThat(program.get("distanceMiles").asDouble()).isBetween(0.0, 200.0);
      assertThat(program.has("region") && program.has("latitude") && program.has("longitude")
          && program.has("city") && program.has("state") && program.has("name")).isTrue();
    }
  }

  @Test
  void withinInKilometresMatchesTheSameDistanceInMiles() {
    CliRunner km = run("programs", "--near", "Boston, MA", "--within", "160.9344km", "--format",
        "csv");
    CliRunner miles = run("programs", "--near", "Boston, MA", "--within", "100", "--format", "csv");
    assertThat(km.exitCode()).isZero();
    assertThat(km.out()).isEqualTo(miles.out()).contains("Boston");
  }

  @Test
  void unknownSpecialtyExitsTwoListingValidNames() {
    CliRunner result = run("programs", "--specialty", "Orthopedics");
    assertThat(result.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(result.err()).contains("unknown specialty 'Orthopedics'")
        .contains("Orthopaedic Surgery").doesNotContain("\tat ");
  }

  @Test
  void unknownCityExitsTwoNamingItAndSuggestingCloseMatches() {
    CliRunner result = run("programs", "--near", "Dalas, TX");
    assertThat(result.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(result.err()).contains("'Dalas, TX'").contains("Dallas, TX");
  }

  @Test
  void badStateAndBadDistanceExitTwo() {
    assertThat(run("programs", "--state", "ZZ").err()).contains("--state: 'ZZ'");
    CliRunner distance = run("programs", "--near", "Dallas, TX", "--within", "far");
    assertThat(distance.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(distance.err()).contains("'far' is not a positive distance");
    assertThat(run("programs", "--within", "10mi").err()).contains("--within: needs near");
  }

  @Test
  void tableMarksEstimatesAndStatesItsSources() {
    CliRunner result = run("programs", "--specialty", "Urology", "--state", "NY", "--limit", "3");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("3 programs.").contains("ACGME program list")
        .contains("community*").contains(" -  ");
    CliRunner ortho = run("programs", "--specialty", "Orthopaedic Surgery", "--limit", "2");
    assertThat(ortho.out()).containsPattern("\\d\\*  (academic|community)\\*")
        .contains("NRMP 2025 specialty total");
  }

  @Test
  void importThenExportThenReimportLeavesTheCatalogUnchanged() throws Exception {
    Program program = ProgramCatalog.bundled().programs().get(10);
    String bundledExport = run("programs", "--format", "csv").out();
    Path file = temp.resolve("mine.csv");
    Files.writeString(file, "acgme_id,positions,academic\n" + program.acgmeId() + ",9,true\n");
    CliRunner imported = run("import", "programs", file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 programs updated");

    CliRunner export = run("programs", "--format", "csv");
    Path exported = temp.resolve("export.csv");
    Files.writeString(exported, export.out());
    assertThat(export.out()).contains(program.acgmeId() + ",").contains(",9,");

    CliRunner again = run("import", "programs", exported.toString());
    assertThat(again.out()).contains("0 programs updated, 0 added, "
        + ProgramCatalog.bundled().programs().size() + " unchanged");
    assertThat(run("programs", "--format", "csv").out()).isEqualTo(export.out());

    JsonNode one = JSON.readTree(run("programs", "--specialty", program.specialty(), "--format",
        "json").out());
    JsonNode mine = null;
    for (JsonNode node : one) {
      if (node.get("acgmeId").asText().equals(program.acgmeId())) {
        mine = node;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("positions").asInt()).isEqualTo(9);
    assertThat(mine.get("positionsEstimated").asBoolean()).isFalse();
    assertThat(mine.get("positionsSource").asText()).startsWith("imported: import of mine.csv");

    assertThat(run("import", "programs", "--reset").out()).contains("Removed");
    assertThat(run("programs", "--format", "csv").out()).isEqualTo(bundledExport)
        .isNotEqualTo(export.out());
  }

  @Test
  void importWithErrorsExitsTwoListingEveryProblemAndWritesNothing() throws Exception {
    Path file = temp.resolve("bad.csv");
    Files.writeString(file, "acgme_id,positions,state\n123,x,TX\n0401100003,2,QQ\n");
    CliRunner result = run("import", "programs", file.toString());
    assertThat(result.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(result.err()).contains("3 problems in").contains("nothing was imported")
        .contains("line 2, column 1, field 'acgme_id', value '123'")
        .contains("line 2, column 2, field 'positions', value 'x'")
        .contains("line 3, column 3, field 'state', value 'QQ'");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void importNeedsExactlyOneOfFileAndReset() {
    assertThat(run("import", "programs").exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(run("import", "programs", "x.csv", "--reset").err()).contains("not both");
    CliRunner missing = run("import", "programs", temp.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(missing.err()).contains("none.csv");
  }

  @Test
  void specialtiesJsonListsNrmpFiguresSignalsAndCatalogCounts() throws Exception {
    CliRunner result = run("specialties", "--format", "json");
    assertThat(result.exitCode()).isZero();
    JsonNode array = JSON.readTree(result.out());
    JsonNode ortho = null;
    JsonNode urology = null;
    for (JsonNode s : array) {
      if (s.get("specialty").asText().equals("Orthopaedic Surgery")) {
        ortho = s;
      } else if (s.get("specialty").asText().equals("Urology")) {
        urology = s;
      }
    }
    assertThat(ortho.get("catalogPrograms").asInt()).isEqualTo(208);
    assertThat(ortho.get("nrmp2025").get("positions").asInt()).isEqualTo(929);
    assertThat(ortho.get("nrmp2025").get("matchedStep2Mean").asInt()).isEqualTo(255);
    assertThat(ortho.get("signals").get(0).get("total").asInt()).isEqualTo(30);
    assertThat(urology.get("nrmp2025").isNull()).isTrue();
    assertThat(urology.get("catalogPrograms").asInt()).isEqualTo(152);
  }

  @Test
  void specialtiesTableAndCsvShowTheSameSpecialties() {
    CliRunner table = run("specialties");
    CliRunner csv = run("specialties", "--format", "csv");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("Orthopaedic Surgery").contains("Sources: NRMP");
    assertThat(csv.out().lines().count() - 1)
        .isEqualTo(ProgramCatalog.bundled().specialties().size());
  }
}
