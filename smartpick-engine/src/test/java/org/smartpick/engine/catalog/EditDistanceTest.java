package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void levenshteinDistanceOfKnownPairs() {
    assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.levenshtein("", "abc")).isEqualTo(3);
    assertThat(EditDistance.levenshtein("same", "same")).isZero();
  }

  @Test
  void closestNamesComeFirstIgnoringCaseAndFarOnesAreLeftOut() {
    List<String> fields = List.of("awayRotations", "advocates", "redFlags", "researchItems");
    assertThat(EditDistance.closest("awayRotation", fields, 3)).containsExactly("awayRotations");
    assertThat(EditDistance.closest("ADVOCATS", fields, 3)).containsExactly("advocates");
    assertThat(EditDistance.closest("budget", fields, 3)).isEmpty();
  }
}
