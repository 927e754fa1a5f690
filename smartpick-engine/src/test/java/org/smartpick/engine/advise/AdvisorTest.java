package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdvisorTest {

  @Test
  void theListIsChosenOnAboutEightThousandSamplesWithinTwoToEightDraws() {
    assertThat(Advisor.selectionDraws(1)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(60)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(1000)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(1001)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(2000)).isEqualTo(4);
    assertThat(Advisor.selectionDraws(3000)).isEqualTo(3);
    assertThat(Advisor.selectionDraws(20000)).isEqualTo(2);
  }
}
