package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartPickTest {

  @Test
  void helpListsUsageAndExitsZero() {
    CliRunner result = CliRunner.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: smartpick");
  }

  @Test
  void unknownOptionIsBadInputWithoutStackTrace() {
    CliRunner result = CliRunner.run("--no-such-option");
    assertThat(result.exitCode()).isEqualTo(SmartPick.EXIT_BAD_INPUT);
    assertThat(result.err()).contains("error: Unknown option: '--no-such-option'")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
