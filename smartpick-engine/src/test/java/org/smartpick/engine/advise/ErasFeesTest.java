package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.profile.Budget;

class ErasFeesTest {
  private static final ErasFees FEES = ErasFees.bundled();

  @Test
  void bundledScheduleIsElevenDollarsForTheFirstThirtyAndThirtyAfterWithItsSource() {
    assertThat(FEES.firstTierSize()).isEqualTo(30);
    assertThat(FEES.firstTierFee()).isEqualTo(11);
    assertThat(FEES.laterFee()).isEqualTo(30);
    assertThat(FEES.source()).contains("ERAS fee schedule from the 2025 cycle")
        .contains("T29").contains("T30");
  }

  @Test
  void costOfKnownCounts() {
    assertThat(FEES.cost(0)).isZero();
    assertThat(FEES.cost(1)).isEqualTo(11);
    assertThat(FEES.cost(30)).isEqualTo(330);
    assertThat(FEES.cost(31)).isEqualTo(360);
    assertThat(FEES.cost(58)).isEqualTo(330 + 28 * 30);
  }

  @Test
  void maxApplicationsOfKnownBudgets() {
    assertThat(FEES.maxApplications(0)).isZero();
    assertThat(FEES.maxApplications(10)).isZero();
    assertThat(FEES.maxApplications(329)).isEqualTo(29);
    assertThat(FEES.maxApplications(330)).isEqualTo(30);
    assertThat(FEES.maxApplications(359)).isEqualTo(30);
    assertThat(FEES.maxApplications(360)).isEqualTo(31);
  }

  @Test
  void maxApplicationsIsTheLargestCountTheBudgetPaysFor() {
    for (int dollars = 0; dollars <= 3_000; dollars++) {
      int n = FEES.maxApplications(dollars);
      assertThat(FEES.cost(n)).as("cost(%d) for $%d", n, dollars).isLessThanOrEqualTo(dollars);
      assertThat(FEES.cost(n + 1)).as("cost(%d) for $%d", n + 1, dollars).isGreaterThan(dollars);
    }
  }

  @Test
  void theTighterOfCountAndDollarsLimitsABudget() {
    assertThat(FEES.applicationLimit(Budget.UNLIMITED)).isEmpty();
    assertThat(FEES.applicationLimit(new Budget(OptionalInt.of(80), OptionalInt.empty())))
        .hasValue(80);
    assertThat(FEES.applicationLimit(new Budget(OptionalInt.empty(), OptionalInt.of(1230))))
        .hasValue(60);
    assertThat(FEES.applicationLimit(new Budget(OptionalInt.of(50), OptionalInt.of(1230))))
        .hasValue(50);
    assertThat(FEES.applicationLimit(new Budget(OptionalInt.of(80), OptionalInt.of(1230))))
        .hasValue(60);
  }

  @Test
  void freeLaterApplicationsAreUnbounded() {
    assertThat(new ErasFees(30, 11, 0, "test").maxApplications(330))
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void negativeInputsAndInvalidSchedulesAreRejectedNamingTheValue() {
    assertThatThrownBy(() -> FEES.cost(-1)).hasMessageContaining("applications -1");
    assertThatThrownBy(() -> FEES.maxApplications(-5)).hasMessageContaining("dollars -5");
    assertThatThrownBy(() -> new ErasFees(0, 11, 30, "x")).hasMessageContaining("firstTierSize 0");
    assertThatThrownBy(() -> new ErasFees(30, -1, 30, "x")).hasMessageContaining("-1");
  }
}
