package org.smartpick.engine.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketParametersFile;
import org.smartpick.engine.market.MarketScope;

class CalibrationEvaluatorTest {
  private static final CalibrationTargets TARGETS = CalibrationTargets.bundled();
  private static final MarketScope ORTHO = MarketScope.specialty("Orthopaedic Surgery");
  private static final MarketParameters P = MarketParameters.fitted();

  @Test
  void sameSeedGivesTheSameReportForOneAndTwoThreads() {
    CalibrationReport one = new CalibrationEvaluator(ORTHO, 3, 5, 1).evaluate(P, TARGETS,
        (d, t) -> { });
    CalibrationReport two = new CalibrationEvaluator(ORTHO, 3, 5, 2).evaluate(P, TARGETS,
        (d, t) -> { });
    assertThat(two.targets()).isEqualTo(one.targets());
    assertThat(two.charting()).isEqualTo(one.charting());
    assertThat(two.objective()).isEqualTo(one.objective());
  }

  @Test
  void everyTargetGetsOneResultWithPassOnlyWhenTheModelProducesIt() {
    CalibrationReport report = new CalibrationEvaluator(ORTHO, 2, 5, 1).evaluate(P, TARGETS,
        (d, t) -> { });
    assertThat(report.targets()).extracting(r -> r.target().id())
        .containsExactlyElementsOf(TARGETS.targets().stream().map(CalibrationTarget::id).toList());
    for (TargetResult row : report.targets()) {
      if (row.source() instanceof TargetSource.NotModelled) {
        assertThat(row.pass()).as(row.target().id()).isEmpty();
        assertThat(row.simulated()).isNaN();
      } else {
        assertThat(row.pass()).as(row.target().id()).isPresent();
      }
    }
    assertThat(report.objective()).isFinite().isPositive();
  }

  @Test
  void commonRandomNumbersMakeTheObjectiveAFunctionOfTheParameters() {
    CalibrationEvaluator evaluator = new CalibrationEvaluator(ORTHO, 2, 8, 2);
    double a = evaluator.objective(P, TARGETS);
    double b = evaluator.objective(P, TARGETS);
    assertThat(b).isEqualTo(a);
    assertThat(evaluator.objective(P.with("signalLeniencyOrthopaedics", 2.5), TARGETS))
        .isNotEqualTo(a);
  }

  @Test
  void aSmallFitIsDeterministicAndNeverWorseThanItsStart() {
    Calibrator calibrator = new Calibrator(new CalibrationEvaluator(ORTHO, 1, 3, 2), TARGETS,
        List.of(new FitParameter("signalLeniencyOrthopaedics", 0.3, 3),
            new FitParameter("aGeo", 0, 1.5)));
    List<Double> seen = new ArrayList<>();
    Calibrator.Fit a = calibrator.fit(P, NelderMead.withBudget(6), (n, v, best) -> seen.add(v));
    Calibrator.Fit b = calibrator.fit(P, NelderMead.withBudget(6),
        DerivativeFreeMinimizer.Progress.none());
    assertThat(seen).hasSize(6);
    assertThat(a.search().value()).isLessThanOrEqualTo(a.startObjective());
    assertThat(b.parameters()).isEqualTo(a.parameters());
  }

  @Test
  void fittedParametersTextReadsBackAsTheFittedValues() throws IOException {
    MarketParameters fitted = P.with("signalLeniencyOrthopaedics", 1.234567).with("aGeo", 0.5);
    List<FitParameter> subset = List.of(new FitParameter("signalLeniencyOrthopaedics", 0.3, 3),
        new FitParameter("aGeo", 0, 1.5));
    String text = FittedParametersText.format(fitted, subset, List.of("seed: 1", "replicas: 2"));
    assertThat(text).contains("# seed: 1\n").contains("version=1\n")
        .contains("signalLeniencyOrthopaedics=1.23457\n");
    MarketParameters read = MarketParametersFile.read("test", new StringReader(text),
        MarketParameters.defaults());
    assertThat(read.signalLeniencyOrthopaedics()).isCloseTo(1.234567, within(1e-5));
    assertThat(read.aGeo()).isEqualTo(0.5);
  }
}
