package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.advise.backchannel.BackchannelAnalyst;
import org.smartpick.engine.advise.backchannel.BackchannelReport;
import org.smartpick.engine.advise.backchannel.Counterfactual;
import org.smartpick.engine.advise.backchannel.ProgramCalls;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.AwayRotation;
import org.smartpick.engine.domain.profile.RotationOutcome;

/** The backchannel report on 60 dermatology scenarios. */
class BackchannelAnalystTest {
  private static final long SEED = 5;

  // A failed Step 1 attempt and an away rotation at the first listed program.
  private static ApplicantProfile withFailedStep1(ApplicantProfile d) {
    String first = AdviseFixtures.scenarios(60).frame()
        .program(AdviseFixtures.scenarios(60).frameIndex(0)).acgmeId();
    return new ApplicantProfile(d.specialty(), d.backupSpecialty(), d.applicantType(), d.step2(),
        2, d.researchItems(), d.classStanding(), d.letters(), d.homeSchool(),
        List.of(new AwayRotation(first, Optional.of(RotationOutcome.GOOD))),
        d.advocates(), d.redFlags(), d.geography(), d.preferences(), d.budget(), d.signals(),
        d.couplePartner());
  }

  private static BackchannelReport report(ApplicantProfile profile, LocalDate today) {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    StudentModel student = StudentModel.of(profile, set);
    InterviewScenarios s = InterviewScenarios.evaluate(set, student, SEED,
        List.of(0, 1, 2, 3, 4, 5, 6, 7), 2);
    return new BackchannelAnalyst(2).analyse(s, profile, student, SEED, today);
  }

  @Test
  void aRedFlagWithoutASeniorAdvocateGetsTheWhatIfOnTheSameScenarios() {
    BackchannelReport report = report(withFailedStep1(AdviseFixtures.derm(248, 20)),
        LocalDate.of(2026, 1, 10));
    Counterfactual advocate = report.whatIfs().stream()
        .filter(w -> w.title().contains("senior advocate")).findFirst().orElseThrow();
    assertThat(advocate.matchChanged()).isBetween(0.0, 1.0);
    assertThat(advocate.matchAsIs()).isBetween(0.0, 1.0);
    for (ProgramCalls calls : report.programs()) {
      for (double p : calls.byWindow().values()) {
        assertThat(p).isLessThanOrEqualTo(calls.anyCall().p() + 1e-12);
      }
      assertThat(calls.type() == null).isEqualTo(calls.anyCall().successes() == 0);
    }
    ProgramCalls rotated = report.programs().get(0);
    assertThat(rotated.anyCall().p()).isPositive();
    assertThat(rotated.drivers()).anyMatch(d -> d.startsWith("your away rotation here"));
    assertThat(report.todayPhase().contains(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(report.timeline().matchYear()).isEqualTo(2026);
    assertThat(report.guidance()).anyMatch(g -> g.contains("true order of preference"));
  }

  @Test
  void withoutAFlagThereIsNoAdvocateWhatIf() {
    BackchannelReport report = report(AdviseFixtures.derm(248, 20), LocalDate.of(2025, 9, 1));
    assertThat(report.whatIfs()).noneMatch(w -> w.title().contains("red flag"));
    assertThat(report.timeline().matchYear()).isEqualTo(2026);
  }

  @Test
  void atApplicationTimeInvitationsAgreeWithTheChancesAndBoundTheWhatIfs() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    ApplicantProfile profile = withFailedStep1(AdviseFixtures.derm(252, 20));
    StudentModel student = StudentModel.of(profile, set);
    List<Integer> listed = List.of(0, 1, 2, 3, 4, 5, 6, 7);
    InterviewScenarios s = InterviewScenarios.evaluate(set, student, SEED, listed, 2);
    Chances chances = new ChanceEstimator(2).estimate(set, student, SEED);
    int matched = 0;
    for (int k = 0; k < s.scenarioCount(); k++) {
      boolean any = false;
      for (int i = 0; i < s.size(); i++) {
        assertThat(s.invited(k, i)).isEqualTo(chances.invited(k, listed.get(i)));
        any |= s.invited(k, i) && s.clears(k, i);
      }
      matched += any ? 1 : 0;
    }
    LocalDate today = LocalDate.of(2025, 9, 1);
    BackchannelReport applied = new BackchannelAnalyst(2).analyseApplications(s, profile,
        student, SEED, today);
    BackchannelReport interviewed = new BackchannelAnalyst(2).analyse(s, profile, student, SEED,
        today);
    assertThat(applied.programs()).isEqualTo(interviewed.programs());
    assertThat(applied.whatIfs()).hasSameSizeAs(interviewed.whatIfs()).isNotEmpty();
    for (int w = 0; w < applied.whatIfs().size(); w++) {
      Counterfactual a = applied.whatIfs().get(w);
      assertThat(a.matchAsIs()).isEqualTo((double) matched / s.scenarioCount());
      assertThat(a.matchAsIs()).isLessThanOrEqualTo(interviewed.whatIfs().get(w).matchAsIs());
    }
  }

  @Test
  void theAdvicesListGetsItsReportInListOrder() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    ApplicantProfile profile = withFailedStep1(AdviseFixtures.derm(250, 12));
    Advice advice = new Advisor(2, ErasFees.bundled()).advise(set, profile, SEED);
    BackchannelReport report = new BackchannelAnalyst(2).analyseAdvice(set, profile, advice,
        LocalDate.of(2025, 9, 1));
    assertThat(report.programs()).extracting(ProgramCalls::id).containsExactlyElementsOf(
        advice.list().picks().stream().map(p -> p.chance().id()).toList());
    assertThat(report.whatIfs()).anyMatch(w -> w.title().contains("senior advocate"));
  }
}
