package org.smartpick.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.cli.BadInputException;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;

class MarketJsonReaderTest {
  private static final String VALID = """
      {"programs": [
        {"id": "CITY", "capacity": 2, "track": "CATEGORICAL", "rankList": ["GARCIA", "EASTMAN"]},
        {"id": "MERCY", "capacity": 1, "track": "PGY1", "revertTo": "CITY", "rankList": ["FORD"]},
        {"id": "DERM", "capacity": 1, "track": "ADVANCED", "rankList": ["GARCIA"]}],
       "applicants": [{"id": "GARCIA", "rankList": ["DERM", "CITY"], "supplementalList": ["MERCY"]}],
       "couples": [{"id": "C1", "members": ["EASTMAN", "FORD"],
                    "rankList": [["CITY", "MERCY"], [null, "MERCY"]]}]}
      """;

  private static MatchInstance read(String json) throws IOException {
    return new MarketJsonReader().read("m.json", new StringReader(json));
  }

  private static void assertBadInput(String json, String message) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(BadInputException.class).hasMessage(message);
  }

  @Test
  void readsEveryFeatureOfTheFormat() throws IOException {
    MatchInstance m = read(VALID);
    assertThat(m.programCount()).isEqualTo(3);
    assertThat(m.applicantCount()).isEqualTo(3);
    int city = m.programIndex("CITY");
    int mercy = m.programIndex("MERCY");
    int derm = m.programIndex("DERM");
    assertThat(m.capacity(city)).isEqualTo(2);
    assertThat(m.track(mercy)).isEqualTo(Track.PGY1);
    assertThat(m.track(derm)).isEqualTo(Track.ADVANCED);
    assertThat(m.revertTo(mercy)).isEqualTo(city);
    int garcia = m.applicantIndex("GARCIA");
    assertThat(m.applicantRankList(garcia)).containsExactly(derm, city);
    assertThat(m.supplementalList(garcia)).containsExactly(mercy);
    assertThat(m.programRankList(city)).containsExactly(garcia, m.applicantIndex("EASTMAN"));
    assertThat(m.coupleOf(m.applicantIndex("FORD"))).isEqualTo(0);
    assertThat(m.coupleRankList(0)).containsExactly(city, mercy, MatchInstance.NONE, mercy);
  }

  @Test
  void trackCouplesAndListsAreOptional() throws IOException {
    MatchInstance m = read("{\"programs\": [{\"id\": \"A\", \"capacity\": 0}], \"applicants\": [{\"id\": \"X\"}]}");
    assertThat(m.track(0)).isEqualTo(Track.CATEGORICAL);
    assertThat(m.coupleCount()).isZero();
    assertThat(m.programRankList(0)).isEmpty();
  }

  @Test
  void unknownApplicantInAProgramListNamesPathLineAndColumn() {
    assertBadInput("""
        {"programs": [{"id": "A", "capacity": 1, "rankList": ["X", "ZED"]}],
         "applicants": [{"id": "X", "rankList": ["A"]}]}""",
        "m.json:1:60: programs[0].rankList[1]: unknown applicant id 'ZED' (not declared in "
            + "applicants or as a couple member)");
  }

  @Test
  void unknownProgramInAnApplicantListIsReported() {
    assertBadInput("""
        {"programs": [{"id": "A", "capacity": 1}],
         "applicants": [{"id": "X", "rankList": ["A", "B"]}]}""",
        "m.json:2:47: applicants[0].rankList[1]: unknown program id 'B'");
  }

  @Test
  void duplicateIdsAreReportedWithTheFirstDeclaration() {
    assertBadInput("""
        {"programs": [{"id": "A", "capacity": 1}, {"id": "A", "capacity": 2}], "applicants": []}""",
        "m.json:1:50: programs[1].id: duplicate program id 'A' (first declared at programs[0].id "
            + "(line 1, column 22))");
    assertBadInput("""
        {"programs": [], "applicants": [{"id": "X"}, {"id": "X"}]}""",
        "m.json:1:53: applicants[1].id: duplicate applicant id 'X' (first declared at "
            + "applicants[0].id (line 1, column 40))");
  }

  @Test
  void negativeCapacityIsReported() {
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": -3}], \"applicants\": []}",
        "m.json:1:39: programs[0].capacity: must be 0 or more, was -3");
  }

  @Test
  void malformedJsonIsReportedWithItsPosition() {
    assertThatThrownBy(() -> read("{\"programs\": [\n  {\"id\": \"A\" \"capacity\": 1}]}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("m.json:2:14: malformed JSON: Unexpected character ('\"'");
  }

  @Test
  void wrongTypesNameTheExpectedAndFoundValue() {
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": \"two\"}], \"applicants\": []}",
        "m.json:1:39: programs[0].capacity: expected an integer, found string \"two\"");
    assertBadInput("{\"programs\": [{\"id\": 7, \"capacity\": 1}], \"applicants\": []}",
        "m.json:1:22: programs[0].id: expected a string, found number 7");
    assertBadInput("{\"programs\": {}, \"applicants\": []}",
        "m.json:1:14: programs: expected an array, found an object");
    assertBadInput("[]", "m.json:1:1: expected an object, found an array");
  }

  @Test
  void unknownTrackIsReported() {
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": 1, \"track\": \"PGY2\"}], \"applicants\": []}",
        "m.json:1:51: programs[0].track: unknown track 'PGY2' (expected CATEGORICAL, PGY1 or ADVANCED)");
  }

  @Test
  void coupleMemberAlsoDeclaredAsSingleIsReported() {
    assertBadInput("""
        {"programs": [], "applicants": [{"id": "EVE"}],
         "couples": [{"id": "C1", "members": ["EVE", "FAY"], "rankList": []}]}""",
        "m.json:1:40: applicants[0].id: applicant 'EVE' is a member of couple 'C1' "
            + "(couples[0].members[0] (line 2, column 39)); couple members are declared only "
            + "inside couples, not also as single applicants");
  }

  @Test
  void pairThatIsNotTwoEntriesIsReported() {
    assertBadInput("""
        {"programs": [{"id": "A", "capacity": 1}], "applicants": [],
         "couples": [{"id": "C1", "members": ["E", "F"], "rankList": [["A", "A", "A"]]}]}""",
        "m.json:2:63: couples[0].rankList[0]: a pair has exactly 2 entries (first member's "
            + "program, second member's program; null for no match), found 3");
    assertBadInput("""
        {"programs": [{"id": "A", "capacity": 1}], "applicants": [],
         "couples": [{"id": "C1", "members": ["E", "F"], "rankList": [[null, null]]}]}""",
        "m.json:2:63: couples[0].rankList[0]: a pair must name at least one program, found [null, null]");
  }

  @Test
  void unknownFieldsAreReportedWithTheAllowedOnes() {
    assertBadInput("{\"programs\": [], \"applicants\": [], \"hospitals\": []}",
        "m.json:1:36: hospitals: unknown field 'hospitals' (allowed: programs, applicants, couples)");
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": 1, \"size\": 2}], \"applicants\": []}",
        "m.json:1:42: programs[0].size: unknown field 'size' (allowed: id, capacity, track, "
            + "revertTo, rankList)");
  }

  @Test
  void missingRequiredFieldsAreReported() {
    assertBadInput("{\"programs\": [{\"id\": \"A\"}], \"applicants\": []}",
        "m.json:1:15: programs[0].capacity: required field is missing");
    assertBadInput("{\"programs\": []}", "m.json:1:1: applicants: required field is missing");
  }

  @Test
  void listedTwiceAndAdvancedSupplementalAndReversionCyclesAreReported() {
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": 1}], "
            + "\"applicants\": [{\"id\": \"X\", \"rankList\": [\"A\", \"A\"]}]}",
        "m.json:1:89: applicants[0].rankList[1]: program 'A' is listed twice");
    assertBadInput("{\"programs\": [{\"id\": \"D\", \"capacity\": 1, \"track\": \"ADVANCED\"}], "
            + "\"applicants\": [{\"id\": \"X\", \"supplementalList\": [\"D\"]}]}",
        "m.json:1:113: applicants[0].supplementalList[0]: program 'D' is ADVANCED; a supplemental "
            + "list ranks PGY-1 positions (CATEGORICAL or PGY1 programs)");
    assertBadInput("{\"programs\": [{\"id\": \"A\", \"capacity\": 1, \"revertTo\": \"B\"}, "
            + "{\"id\": \"B\", \"capacity\": 1, \"revertTo\": \"A\"}], \"applicants\": []}",
        "m.json:1:54: programs[0].revertTo: reversion chain forms a cycle 'A' -> 'B' -> 'A'");
  }

  @Test
  void trailingContentAndDuplicateKeysAreRejected() {
    assertThatThrownBy(() -> read("{\"programs\": [], \"applicants\": []} {}"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("m.json:1:36: unexpected content after the market object");
    assertThatThrownBy(() -> read("{\"programs\": [], \"programs\": [], \"applicants\": []}"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("malformed JSON: Duplicate field 'programs'");
  }

  @Test
  void missingFileIsReported(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    assertThatThrownBy(() -> new MarketJsonReader().read(missing))
        .isInstanceOf(BadInputException.class).hasMessage(missing + ": market file not found");
  }

  @Test
  void validFileIsReadFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, VALID);
    assertThat(new MarketJsonReader().read(file).programCount()).isEqualTo(3);
  }
}
