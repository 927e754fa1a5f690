package org.smartpick.app.io.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.UsState;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.RedFlagType;
import org.smartpick.engine.domain.profile.Step2Score;

class ProfileReaderTest {
  private static final ProfileReader READER = new ProfileReader(ProgramCatalog.bundled());

  @TempDir
  Path temp;

  private static List<String> problems(String text, ProfileFormat format) {
    ProfileFormatException e = catchThrowableOfType(ProfileFormatException.class,
        () -> READER.read("me." + format.name().toLowerCase(), text, format));
    return e.problems().stream().map(ProfileProblem::message).toList();
  }

  @Test
  void theDocumentedExampleReadsWithEveryPart() {
    ApplicantProfile profile = READER.read("example.yaml", DocumentedExample.yaml(),
        ProfileFormat.YAML);
    assertThat(profile.specialty().name()).isEqualTo("Orthopaedic Surgery");
    assertThat(profile.backupSpecialty()).isPresent();
    assertThat(profile.applicantType()).isEqualTo(ApplicantType.US_MD_SENIOR);
    assertThat(profile.step2()).isEqualTo(Step2Score.of(252));
    assertThat(profile.letters()).hasSize(3);
    assertThat(profile.awayRotations()).hasSize(2);
    assertThat(profile.advocates().get(0).programs()).containsExactly("2601100221", "2603521055");
    assertThat(profile.redFlags().get(0).type()).isEqualTo(RedFlagType.LEAVE_OF_ABSENCE);
    assertThat(profile.geography().homeState()).contains(UsState.FL);
    assertThat(profile.couplePartner()).isPresent();
  }

  @Test
  void aMinimalProfileGetsTheDocumentedDefaults() {
    ApplicantProfile profile = READER.read("me.json", """
        {"specialty": "dermatology", "applicantType": "us_do_senior", "step2": "Pending",
         "homeSchool": {"name": "Some School"}, "budget": null}""", ProfileFormat.JSON);
    assertThat(profile.step2().pending()).isTrue();
    assertThat(profile.step1Attempts()).isEqualTo(1);
    assertThat(profile.signals()).isEqualTo(28);
    assertThat(profile.budget().maxApplications()).isEmpty();
    assertThat(profile.letters()).isEmpty();
  }

  @Test
  void everyProblemIsListedInFileOrderWithLineColumnPathValueAndAllowedRange() {
    String yaml = """
        specialty: "Orthopedic Surgery"
        applicantType: US_MD_SENOIR
        step2: 320
        homeSchool:
          name: "Home"
          affiliatedPrograms: ["12345"]
        letters:
          - writerRole: CHAIR
        awayRotation: []
        awayRotations:
          - programId: "2603521055"
          - programId: "0000000002"
            outcome: GREAT
        preferences:
          fit: 11
        """;
    assertThat(problems(yaml, ProfileFormat.YAML)).containsExactly(
        "me.yaml:1:12: specialty: 'Orthopedic Surgery' is not a specialty; did you mean"
            + " Orthopaedic Surgery?",
        "me.yaml:2:16: applicantType: 'US_MD_SENOIR' is not one of US_MD_SENIOR, US_DO_SENIOR,"
            + " US_IMG, NON_US_IMG; did you mean US_MD_SENIOR?",
        "me.yaml:3:8: step2: '320' is outside the allowed range 1..300",
        "me.yaml:6:24: homeSchool.affiliatedPrograms[0]: '12345' is not a 10-digit ACGME program"
            + " id",
        "me.yaml:8:5: letters[0].strength: is required",
        "me.yaml:9:1: awayRotation: is not a known field; did you mean awayRotations?",
        "me.yaml:13:14: awayRotations[1].outcome: 'GREAT' is not one of EXCELLENT, GOOD, MIXED,"
            + " POOR",
        "me.yaml:15:8: preferences.fit: '11' is outside the allowed range 0..10");
  }

  @Test
  void unknownAcgmeIdsAreNamedWithTheirPathAndLocationInJson() {
    String json = """
        {
          "specialty": "Orthopaedic Surgery",
          "applicantType": "US_IMG",
          "step2": 240,
          "homeSchool": {"name": "Abroad"},
          "awayRotations": [{"programId": "2603521055"}, {"programId": "0000000002"}],
          "advocates": [{"role": "FACULTY", "standing": "MID", "programs": ["0000000003"]}]
        }""";
    assertThat(problems(json, ProfileFormat.JSON)).containsExactly(
        "me.json:6:64: awayRotations[1].programId: '0000000002' is not an ACGME id in the program"
            + " catalog (smartpick programs lists them)",
        "me.json:7:69: advocates[0].programs[0]: '0000000003' is not an ACGME id in the program"
            + " catalog (smartpick programs lists them)");
  }

  @Test
  void profileLevelRulesAreCheckedToo() {
    String yaml = """
        specialty: Orthopaedic Surgery
        backupSpecialty: orthopaedic surgery
        applicantType: US_MD_SENIOR
        step2: pending
        step1Attempts: 5
        homeSchool: {name: Home}
        signals: 31
        """;
    assertThat(problems(yaml, ProfileFormat.YAML)).containsExactly(
        "me.yaml:2:18: backupSpecialty: 'Orthopaedic Surgery' is the main specialty; a backup"
            + " must be a different specialty",
        "me.yaml:5:16: step1Attempts: '5' is outside the allowed range 0..4",
        "me.yaml:7:10: signals: '31' is more than the 30 signals Orthopaedic Surgery applicants"
            + " get (2024-25); allowed range 0..30");
  }

  @Test
  void wrongTypesAndMissingRequiredFieldsAreNamed() {
    assertThat(problems("""
        {"specialty": 7, "step2": "soon", "homeSchool": "Home", "letters": {}}""",
        ProfileFormat.JSON)).containsExactly(
        "me.json:1:1: applicantType: is required",
        "me.json:1:15: specialty: '7' must be a text in quotes",
        "me.json:1:27: step2: 'soon' must be a score 1..300 or \"pending\"",
        "me.json:1:49: homeSchool: 'Home' must be an object with the fields name, state,"
            + " affiliatedPrograms",
        "me.json:1:57: letters: '{}' must be a list [ ... ]");
  }

  @Test
  void syntaxErrorsAndDuplicateKeysGiveTheirLocation() {
    assertThat(problems("{\n  \"step2\": 250,\n  \"step2\": 251\n}", ProfileFormat.JSON))
        .singleElement().asString().startsWith("me.json:3:").contains("Duplicate field 'step2'");
    assertThat(problems("specialty: [unclosed\nstep2: 1\n", ProfileFormat.YAML))
        .singleElement().asString().startsWith("me.yaml:").contains("is not valid YAML");
  }

  @Test
  void longFreeTextIsNotEchoedInErrors() {
    String secret = "confidential ".repeat(10);
    assertThat(problems("{\"redFlags\": [{\"type\": \"" + secret + "\"}]}", ProfileFormat.JSON))
        .anySatisfy(m -> assertThat(m).contains("redFlags[0].type: '<130 characters>'"))
        .allSatisfy(m -> assertThat(m).doesNotContain("confidential"));
  }

  @Test
  void filesOverTheSizeLimitOrWithAnUnknownExtensionAreRefusedUnread() throws Exception {
    Path big = temp.resolve("big.yaml");
    Files.writeString(big, "#".repeat(ProfileReader.MAX_BYTES + 1));
    ProfileFormatException tooBig = catchThrowableOfType(ProfileFormatException.class,
        () -> READER.read(big));
    assertThat(tooBig.getMessage()).contains("big.yaml: is 262145 bytes; the limit is"
        + " 262144 bytes");
    Path text = temp.resolve("me.txt");
    Files.writeString(text, "{}");
    assertThat(catchThrowableOfType(ProfileFormatException.class, () -> READER.read(text))
        .getMessage()).contains("unknown extension; use .json, .yaml or .yml");
  }

  @Test
  void emptyDocumentAsksForAnObject() {
    assertThat(problems("", ProfileFormat.YAML)).singleElement().asString()
        .contains("must be an object with the fields specialty, backupSpecialty");
  }
}
