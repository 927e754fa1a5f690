package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdvisorTest {

  @Test
  void theListIsChosenOnAboutFourThousandSamplesWithinTwoToEightDraws() {
    assertThat(Advisor.selectionDraws(1)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(60)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(500)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(501)).isEqualTo(8);
    assertThat(Advisor.selectionDraws(1000)).isEqualTo(4);
    assertThat(Advisor.selectionDraws(2000)).isEqualTo(2);
    assertThat(Advisor.selectionDraws(20000)).isEqualTo(2);
  }
}
