package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineCommandTest {

  @Test
  void marksTheGivenDayAndSaysWhichCallsHappenThen() {
    CliRunner result = CliRunner.run("timeline", "--date", "2025-02-20");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Match 2025 application cycle. Dates are typical")
        .containsPattern(">\\s+Rank-list season: final 2–3 weeks\\s+2025-02-12 – 2025-03-04")
        .contains("Match Day").contains("2025-03-21")
        .contains("> 2025-02-20: Rank-list season: final 2–3 weeks.")
        .contains("Final adjustments (last-minute advocacy or caution)");
  }

  @Test
  void aDayAfterMatchDayBelongsToTheNextCycle() {
    CliRunner result = CliRunner.run("timeline", "--date", "2025-03-22");
    assertThat(result.out()).contains("Match 2026 application cycle")
        .contains("> 2025-03-22: Preparation.").contains("2026-03-20");
  }

  @Test
  void withoutADateTodayIsPlaced() {
    CliRunner result = CliRunner.run("timeline");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("(?m)^> \\d{4}-\\d{2}-\\d{2}: ");
  }

  @Test
  void badDatesExitTwoNamingTheValue() {
    CliRunner malformed = CliRunner.run("timeline", "--date", "21/03/2025");
    assertThat(malformed.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(malformed.err()).contains("'21/03/2025' is not a date of the form YYYY-MM-DD");
    CliRunner outOfRange = CliRunner.run("timeline", "--date", "1990-01-01");
    assertThat(outOfRange.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(outOfRange.err()).contains("--date: match year 1990 is outside the allowed range");
  }
}
