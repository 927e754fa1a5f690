package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code profile new} and {@code profile check} end to end against a temporary data dir. */
class ProfileCommandsTest {
  @TempDir
  Path temp;

  private CliRunner run(String... args) {
    return CliRunner.run(temp.resolve("data"), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"me.yaml", "me.yml", "me.json"})
  void theTemplatePassesCheckUnchanged(String name) {
    Path file = temp.resolve(name);
    CliRunner created = run("profile", "new", "--specialty", "orthopaedic surgery", "--type",
        "us_img", "--output", file.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).contains("Wrote").contains("smartpick profile check --profile");
    CliRunner checked = run("profile", "check", "--profile", file.toString());
    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.out()).contains(name + ": OK").contains("Orthopaedic Surgery")
        .contains("US citizen IMG").contains("Step 2 CK        pending")
        .contains("Signals          30 of 30");
  }

  @Test
  void theTemplateFileIsPrivateAndNeverOverwritten() throws Exception {
    Path file = temp.resolve("me.yaml");
    assertThat(run("profile", "new", "--output", file.toString()).exitCode()).isZero();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String before = Files.readString(file);
    CliRunner again = run("profile", "new", "--specialty", "Dermatology", "--output",
        file.toString());
    assertThat(again.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void withoutOutputTheCommentedYamlIsPrinted() {
    CliRunner printed = run("profile", "new", "--specialty", "Psychiatry");
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out()).contains("specialty: \"Psychiatry\"")
        .contains("# One of US_MD_SENIOR, US_DO_SENIOR, US_IMG, NON_US_IMG.");
  }

  @Test
  void badTemplateOptionsExitTwoNamingTheOption() {
    CliRunner typo = run("profile", "new", "--specialty", "Dermatolgy");
    assertThat(typo.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(typo.err()).contains("--specialty: 'Dermatolgy' is not a specialty; did you mean"
        + " Dermatology?");
    CliRunner noPrograms = run("profile", "new", "--specialty", "Medicine-Preliminary (PGY-1"
        + " Only)");
    assertThat(noPrograms.err()).contains("has no programs in the catalog");
    CliRunner extension = run("profile", "new", "--output", temp.resolve("me.txt").toString());
    assertThat(extension.err()).contains("must end in .yaml, .yml or .json");
    assertThat(run("profile", "new", "--type", "MD").exitCode())
        .isEqualTo(SmartPick.EXIT_BAD_INPUT);
  }

  @Test
  void checkListsEveryProblemWithLocationAndExitsTwoWithoutAStackTrace() throws Exception {
    Path file = temp.resolve("me.yaml");
    Files.writeString(file, """
        specialty: Orthopaedic Surgery
        applicantType: US_MD_SENIOR
        step2: 320
        homeSchool: {name: Home}
        awayRotations:
          - programId: "0000000002"
        advocats: []
        """);
    CliRunner checked = run("profile", "check", "--profile", file.toString());
    assertThat(checked.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(checked.err()).contains("3 problems in me.yaml:")
        .contains("me.yaml:3:8: step2: '320' is outside the allowed range 1..300")
        .contains("me.yaml:6:16: awayRotations[0].programId: '0000000002' is not an ACGME id")
        .contains("me.yaml:7:1: advocats: is not a known field; did you mean advocates?")
        .doesNotContain("\tat ");
    assertThat(checked.out()).isEmpty();
  }

  @Test
  void checkOfAMissingFileExitsTwo() {
    CliRunner checked = run("profile", "check", "--profile", temp.resolve("nope.yaml").toString());
    assertThat(checked.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(checked.err()).contains("file not found").contains("nope.yaml");
  }

  @Test
  void summaryShowsTheBudgetInApplicationsAndFees() throws Exception {
    Path file = temp.resolve("me.json");
    Files.writeString(file, """
        {"specialty": "Psychiatry", "applicantType": "US_DO_SENIOR", "step2": 245,
         "homeSchool": {"name": "Home"}, "budget": {"maxApplications": 80, "maxDollars": 1230}}
        """);
    CliRunner checked = run("profile", "check", "--profile", file.toString());
    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.out()).contains("up to 60 applications ($1,230 in ERAS fees: $11 each"
        + " for the first 30, $30 after)");
  }
}
