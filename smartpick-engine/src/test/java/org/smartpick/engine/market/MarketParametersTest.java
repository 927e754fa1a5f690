package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketParametersTest {
  private final MarketParameters defaults = MarketParameters.defaults();

  @Test
  void publishedDefaultsComeFromTheBundledTargets() {
    PublishedFigures figures = PublishedFigures.bundled();
    assertThat(defaults.floorShare()).isEqualTo(figures.target("T20"));
    assertThat(defaults.signalAcceptShare()).isEqualTo(figures.target("T31"));
    assertThat(defaults.endorseKnownUp()).isBetween(0.41, 0.52);
    assertThat(defaults.endorseUnknownUp()).isEqualTo(figures.target("T27"));
    assertThat(defaults.coupleShare()).isBetween(0.04, 0.07);
  }

  @Test
  void vectorRoundTripsAndNamesMatchComponents() {
    double[] vector = defaults.toVector();
    assertThat(vector).hasSize(MarketParameters.names().size());
    assertThat(defaults.withVector(vector)).isEqualTo(defaults);
    assertThat(MarketParameters.lowerBounds()).hasSize(vector.length);
    for (int k = 0; k < vector.length; k++) {
      assertThat(vector[k]).isBetween(MarketParameters.lowerBounds()[k],
          MarketParameters.upperBounds()[k]);
    }
  }

  @Test
  void everyOutOfRangeValueIsRejectedNamingTheParameter() {
    List<String> names = MarketParameters.names();
    double[] upper = MarketParameters.upperBounds();
    for (int k = 0; k < names.size(); k++) {
      double[] vector = defaults.toVector();
      vector[k] = upper[k] + 1;
      assertThatThrownBy(() -> defaults.withVector(vector))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("market parameter " + names.get(k) + " = ");
    }
  }

  @Test
  void unknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> defaults.with("nope", 1))
        .hasMessageContaining("unknown market parameter 'nope'").hasMessageContaining("c0");
  }

  @Test
  void parameterFileRoundTripsAndOverridesOnlyWhatItNames() throws IOException {
    MarketParameters changed = defaults.with("c0", -4.25).with("maxInterviews", 12);
    String text = MarketParametersFile.write(changed, "test");
    assertThat(MarketParametersFile.read("t", new StringReader(text), defaults)).isEqualTo(changed);
    MarketParameters partial = MarketParametersFile.read("t",
        new StringReader("# fitted\nversion=1\naScore = 2.5\n"), defaults);
    assertThat(partial).isEqualTo(defaults.with("aScore", 2.5));
  }

  @Test
  void parameterFileErrorsNameLineKeyAndValue() {
    assertThatThrownBy(() -> MarketParametersFile.read("f.properties",
        new StringReader("version=1\naScore=abc\n"), defaults))
        .hasMessage("f.properties line 2: aScore = abc: is not a number");
    assertThatThrownBy(() -> MarketParametersFile.read("f.properties",
        new StringReader("version=1\nfloorShare=2\n"), defaults))
        .hasMessageContaining("line 2: floorShare = 2").hasMessageContaining("outside its range");
    assertThatThrownBy(() -> MarketParametersFile.read("f.properties",
        new StringReader("aScore=1\n"), defaults))
        .hasMessageContaining("the first entry must be version=1");
  }

  @Test
  void bundledFittedFileLoads() {
    assertThat(MarketParameters.fitted()).isNotNull();
  }
}
