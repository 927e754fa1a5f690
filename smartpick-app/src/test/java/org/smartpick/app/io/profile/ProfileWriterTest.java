package org.smartpick.app.io.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.profile.ApplicantProfile;

class ProfileWriterTest {
  private static final ProgramCatalog CATALOG = ProgramCatalog.bundled();
  private static final ProfileReader READER = new ProfileReader(CATALOG);

  private static ApplicantProfile example() {
    return READER.read("example.yaml", DocumentedExample.yaml(), ProfileFormat.YAML);
  }

  @ParameterizedTest
  @EnumSource(ProfileFormat.class)
  void writingAndReadingBackGivesAnEqualProfile(ProfileFormat format) {
    ApplicantProfile profile = example();
    String text = ProfileWriter.write(profile, format);
    assertThat(READER.read("again", text, format)).isEqualTo(profile);
  }

  @ParameterizedTest
  @EnumSource(ProfileFormat.class)
  void theTemplateReadsBackUnchanged(ProfileFormat format) {
    ApplicantProfile template = ProfileTemplate.of(CATALOG.requireSpecialty("Dermatology"),
        ApplicantType.NON_US_IMG);
    assertThat(READER.read("t", ProfileWriter.write(template, format), format))
        .isEqualTo(template);
  }

  @Test
  void yamlCommentsExplainEveryFieldWithItsAllowedValuesAndTheFeeSource() {
    String yaml = ProfileWriter.write(example(), ProfileFormat.YAML);
    assertThat(yaml.replaceAll("\\n *# +", " "))
        .contains("$11 each for the first 30, $30 after (ERAS fee schedule from the 2025 cycle");
    assertThat(yaml).contains("# One of US_MD_SENIOR, US_DO_SENIOR, US_IMG, NON_US_IMG.")
        .contains("# USMLE Step 2 CK score, 1..300, or \"pending\"")
        .contains("#   strength: WEAK, AVERAGE, STRONG, EXCEPTIONAL")
        .contains("  - programId: \"2603521055\"\n    outcome: EXCELLENT\n")
        .contains("preferredStates: [FL, NY]");
  }

  @Test
  void anEmptyListOrAbsentObjectStillShowsTheFieldsOfAnEntry() {
    String yaml = ProfileWriter.write(ProfileTemplate.of(CATALOG.requireSpecialty("Psychiatry"),
        ApplicantType.US_MD_SENIOR), ProfileFormat.YAML);
    assertThat(yaml).contains("#   programId: The program's 10-digit ACGME id, in quotes.\n"
        + "#   outcome: How it went:").contains("awayRotations: []")
        .contains("#   sameCity: true: only the same city will do").contains("couplePartner: null");
  }

  @Test
  void jsonWritesEveryFieldWithNullForAbsentOnes() {
    String json = ProfileWriter.write(ProfileTemplate.of(CATALOG.requireSpecialty("Psychiatry"),
        ApplicantType.US_IMG), ProfileFormat.JSON);
    assertThat(json).contains("\"step2\" : \"pending\"").contains("\"couplePartner\" : null")
        .contains("\"maxDollars\" : null").doesNotContain("#");
  }
}
