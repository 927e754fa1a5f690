package org.smartpick.engine.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.catalog.CsvTable;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.market.SpecialtyFrame;
import org.smartpick.engine.market.SurveyedPrograms;

class CalibrationTargetsTest {
  private static final CalibrationTargets TARGETS = CalibrationTargets.bundled();

  @Test
  void loadsEveryRowOfTheTargetsFileWithRangesAsIntervals() {
    assertThat(TARGETS.targets()).hasSize(BundledData.table("calibration-targets.csv").rows().size());
    CalibrationTarget mentor = TARGETS.target("T26");
    assertThat(mentor.isRange()).isTrue();
    assertThat(mentor.low()).isEqualTo(0.41);
    assertThat(mentor.high()).isEqualTo(0.52);
    CalibrationTarget md = TARGETS.target("T07");
    assertThat(md.isRange()).isFalse();
    assertThat(md.value()).isEqualTo(0.935);
    assertThat(md.reliability()).isEqualTo(Reliability.PRIMARY);
    assertThat(TARGETS.target("T12").reliability()).isEqualTo(Reliability.WEAK);
  }

  @Test
  void everyTargetIdIsMappedToASourceAndEverySimulatedKeyIsProducedByTheModel() {
    MarketParameters p = MarketParameters.defaults();
    MarketFrame frame = MarketFrame.of(MarketScope.national(), p);
    for (CalibrationTarget target : TARGETS.targets()) {
      TargetSource source = TargetMapping.of(target.id());
      assertThat(source.note()).as(target.id()).isNotBlank();
      if (source instanceof TargetSource.Simulated simulated) {
        String scope = simulated.key().scope();
        // named specialties must be specialties of the national frame (T37's scope is a set)
        if (!scope.equals("all") && !scope.equals("competitive") && !scope.equals("pgy1")
            && !scope.equals(SurveyedPrograms.SCOPE)
            && !scope.startsWith("US_") && !scope.startsWith("NON_US")
            && !simulated.key().equals(CalibrationMetrics.TEXAS_STAR_SIGNAL_YIELD)) {
          assertThat(frame.specialties()).as(target.id()).extracting(SpecialtyFrame::name)
              .contains(scope);
        }
      }
      if (source instanceof TargetSource.Input input) {
        assertThat(input.valueIn(frame, p)).as(target.id()).isFinite();
      }
    }
    assertThatThrownBy(() -> TargetMapping.of("T99")).hasMessageContaining("T99")
        .hasMessageContaining("add a case");
  }

  @Test
  void chartingCurvesResolveToNrmpSpecialtiesOfTheModel() {
    MarketFrame frame = MarketFrame.of(MarketScope.national(), MarketParameters.defaults());
    assertThat(TARGETS.charting()).hasSize(
        BundledData.table("charting-outcomes-usmd-step2.csv").rows().size());
    assertThat(TARGETS.charting()).allSatisfy(point -> {
      assertThat(frame.specialties()).extracting(SpecialtyFrame::name)
          .contains(point.nrmpSpecialty());
      assertThat(point.pMatch()).isBetween(0.0, 1.0);
    });
    assertThat(TARGETS.charting()).anySatisfy(point -> {
      assertThat(point.specialty()).isEqualTo("General Surgery");
      assertThat(point.nrmpSpecialty()).isEqualTo("Surgery (Categorical)");
    });
  }

  @Test
  void toleranceIsPercentagePointsForSharesAndRelativeOtherwise() {
    // primary share: 2 pp
    CalibrationTarget md = TARGETS.target("T07");
    assertThat(md.isShare()).isTrue();
    assertThat(md.tolerance()).isEqualTo(0.02);
    assertThat(md.passes(0.915, 0.91, 0.92)).isTrue();
    assertThat(md.passes(0.914, 0.91, 0.92)).isFalse();
    // primary odds ratio: 5% relative
    CalibrationTarget or = TARGETS.target("T23");
    assertThat(or.isShare()).isFalse();
    assertThat(or.tolerance()).isCloseTo(0.05 * 2.95, within(1e-12));
    // secondary count: 10%; secondary share: 3 pp
    assertThat(TARGETS.target("T17").tolerance()).isCloseTo(90.4, within(1e-9));
    assertThat(TARGETS.target("T33").tolerance()).isEqualTo(0.03);
    // weak share: 5 pp
    assertThat(TARGETS.target("T15").tolerance()).isEqualTo(0.05);
    assertThat(TARGETS.target("T15").passes(0.88, 0.87, 0.89)).isTrue();
    assertThat(TARGETS.target("T15").passes(0.879, 0.87, 0.89)).isFalse();
  }

  @Test
  void aRangeTargetPassesWhenTheSimulatedIntervalOverlapsIt() {
    CalibrationTarget mentor = TARGETS.target("T26");
    assertThat(mentor.passes(0.55, 0.50, 0.60)).isTrue();
    assertThat(mentor.passes(0.38, 0.35, 0.41)).isTrue();
    assertThat(mentor.passes(0.56, 0.53, 0.59)).isFalse();
    assertThat(mentor.passes(0.45, Double.NaN, Double.NaN)).isTrue();
    assertThat(mentor.error(0.45)).isZero();
    assertThat(mentor.error(0.60)).isCloseTo(0.08, within(1e-12));
    assertThat(mentor.passes(Double.NaN, 0.4, 0.5)).isFalse();
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndField() throws IOException {
    CsvTable table = CsvTable.read("t.csv", new StringReader(
        "id,scope,metric,value,reliability,source\nT07,all,x,0.5-0.4,primary,s\n"));
    assertThatThrownBy(() -> CalibrationTargets.readTargets(table))
        .hasMessageContaining("line 2").hasMessageContaining("value");
    CsvTable bad = CsvTable.read("t.csv", new StringReader(
        "id,scope,metric,value,reliability,source\nT07,all,x,0.5,sure,s\n"));
    assertThatThrownBy(() -> CalibrationTargets.readTargets(bad))
        .hasMessageContaining("reliability");
    CsvTable unknown = CsvTable.read("t.csv", new StringReader(
        "id,scope,metric,value,reliability,source\nT1,all,x,0.5,primary,s\n"));
    assertThatThrownBy(() -> CalibrationTargets.readTargets(unknown))
        .hasMessageContaining("line 2, column 1, field 'id', value 'T1': is not a target");
    CsvTable twice = CsvTable.read("t.csv", new StringReader(
        "id,scope,metric,value,reliability,source\nT07,all,x,0.5,primary,s\n"
            + "T07,all,x,0.6,primary,s\n"));
    assertThatThrownBy(() -> CalibrationTargets.readTargets(twice))
        .hasMessageContaining("line 3, column 1, field 'id', value 'T07': is listed twice");
  }
}
