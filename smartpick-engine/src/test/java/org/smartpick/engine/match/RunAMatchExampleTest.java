package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.engine.match.Market.matchOf;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NRMP's published worked example "Run A Match" (National Resident Matching Program, "How the
 * Matching Algorithm Works", Run-A-Match.pdf, 2014): five applicants, three programs with two
 * positions each. Final assignment published by the NRMP: Anderson and Eastman at City, Chen at
 * Mercy (one Mercy position unfilled), Davis and Ford at General.
 */
class RunAMatchExampleTest {

  static List<Matcher> matchers() {
    return List.of(new RothPeransonMatcher(RothPeransonOptions.withSeed(1)),
        new DeferredAcceptance());
  }

  static MatchInstance runAMatch() {
    return new Market()
        .program("Mercy", 2).program("City", 2).program("General", 2)
        .singles("Anderson", "Chen", "Ford", "Davis", "Eastman")
        .applicantRanks("Anderson", "City")
        .applicantRanks("Chen", "City", "Mercy")
        .applicantRanks("Ford", "City", "General", "Mercy")
        .applicantRanks("Davis", "Mercy", "City", "General")
        .applicantRanks("Eastman", "City", "Mercy", "General")
        .programRanks("Mercy", "Chen", "Ford")
        .programRanks("City", "Eastman", "Anderson", "Chen", "Davis", "Ford")
        .programRanks("General", "Eastman", "Anderson", "Ford", "Davis")
        .build();
  }

  // Applicant-proposing, in list order:
  //  Anderson -> City: free seat, held.        Chen -> City: free seat, held (City full).
  //  Ford -> City: City ranks Ford 5th, below Anderson (2) and Chen (3): rejected.
  //  Ford -> General: free seat, held.         Davis -> Mercy: not ranked by Mercy: rejected.
  //  Davis -> City: rank 4, below both holders: rejected.  Davis -> General: held (General full).
  //  Eastman -> City: rank 1, displaces Chen (rank 3, City's worst).  Chen -> Mercy: held.
  // Nobody is left to propose: City {Eastman, Anderson}, Mercy {Chen}, General {Ford, Davis}.
  @ParameterizedTest
  @MethodSource("matchers")
  void reproducesNrmpPublishedRunAMatchResult(Matcher matcher) {
    MatchInstance instance = runAMatch();
    MatchResult result = matcher.match(instance);

    assertThat(matchOf(instance, result, "Anderson")).isEqualTo("City");
    assertThat(matchOf(instance, result, "Eastman")).isEqualTo("City");
    assertThat(matchOf(instance, result, "Chen")).isEqualTo("Mercy");
    assertThat(matchOf(instance, result, "Davis")).isEqualTo("General");
    assertThat(matchOf(instance, result, "Ford")).isEqualTo("General");
    assertThat(result.unfilled(instance.programIndex("Mercy"))).isEqualTo(1);
    assertThat(result.matchedRank(instance.applicantIndex("Chen"))).isEqualTo(2);
    assertThat(result.matchedRank(instance.applicantIndex("Davis"))).isEqualTo(3);
    assertThat(result.stable()).isTrue();
    assertThat(new StabilityChecker().check(instance, result).stable()).isTrue();
  }
}
