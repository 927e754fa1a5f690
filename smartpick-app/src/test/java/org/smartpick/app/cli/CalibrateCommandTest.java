package org.smartpick.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.engine.catalog.BundledData;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketParametersFile;

/** The calibrate command on a reduced scope (one specialty) so each run takes about a second. */
class CalibrateCommandTest {
  private static final String ORTHO = "Orthopaedic Surgery";

  @Test
  void writesTheCsvWithOneRowPerTargetAndEveryReportFile(@TempDir Path dir) throws IOException {
    CliRunner run = CliRunner.run("calibrate", "--report", dir.toString(), "--specialty", ORTHO,
        "--replicas", "2", "--seed", "3", "--threads", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("seed: 3").contains("judged targets pass");
    assertThat(run.err()).contains("replica 2/2");
    List<String> lines = Files.readAllLines(dir.resolve("calibration.csv"));
    assertThat(lines.get(0)).isEqualTo("id,metric,scope,target,simulated,low,high,tolerance,pass");
    int targets = BundledData.table("calibration-targets.csv").rows().size();
    assertThat(lines).hasSize(targets + 1);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("T29,").endsWith(",n/a"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("T26,").contains(",0.41-0.52,"));
    for (String file : List.of("report.md", "report.html", "charting-curves.png",
        "charting-curves.svg", "target-errors.png", "target-errors.svg")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    byte[] png = Files.readAllBytes(dir.resolve("charting-curves.png"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("src=\"http");
  }

  @Test
  void sameSeedGivesTheSameCsvByteForByteForOneAndTwoThreads(@TempDir Path dir)
      throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertThat(CliRunner.run("calibrate", "--report", one.toString(), "--specialty", ORTHO,
        "--replicas", "3", "--seed", "9", "--threads", "1").exitCode()).isZero();
    assertThat(CliRunner.run("calibrate", "--report", two.toString(), "--specialty", ORTHO,
        "--replicas", "3", "--seed", "9", "--threads", "2").exitCode()).isZero();
    assertThat(Files.readAllBytes(two.resolve("calibration.csv")))
        .isEqualTo(Files.readAllBytes(one.resolve("calibration.csv")));
    assertThat(Files.readString(two.resolve("report.md")))
        .isEqualTo(Files.readString(one.resolve("report.md")));
  }

  @Test
  void aTinyFitWritesVersionedParametersWithTheirHeader(@TempDir Path dir) throws IOException {
    Path fitted = dir.resolve("out/fitted.properties");
    CliRunner run = CliRunner.run("calibrate", "--report", dir.resolve("r").toString(),
        "--specialty", ORTHO, "--replicas", "1", "--seed", "4", "--threads", "2", "--fit",
        "--iterations", "3", "--write", fitted.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("fit: evaluation 3/3");
    String text = Files.readString(fitted);
    assertThat(text).contains("# date: ").contains("# seed: 4").contains("# replicas: 1")
        .contains("# objective: ").contains("version=1\n").contains("signalLeniencyOrthopaedics=");
    assertThat(text).doesNotContain("commit");
  }

  @Test
  void fitOnlyMovesTheNamedParametersAndWritesTheOthersUnchanged(@TempDir Path dir)
      throws IOException {
    Path fitted = dir.resolve("fitted.properties");
    CliRunner run = CliRunner.run("calibrate", "--report", dir.resolve("r").toString(),
        "--specialty", ORTHO, "--replicas", "1", "--seed", "4", "--threads", "1", "--fit",
        "--iterations", "3", "--fit-only", "aImg", "--write", fitted.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = Files.readString(fitted);
    assertThat(text).contains("# fitted: aImg\n");
    MarketParameters bundled = MarketParameters.fitted();
    MarketParameters written;
    try (java.io.Reader reader = Files.newBufferedReader(fitted)) {
      written = MarketParametersFile.read(fitted.toString(), reader, MarketParameters.defaults());
    }
    for (String name : MarketParameters.names()) {
      if (!name.equals("aImg")) {
        assertThat(written.toVector()[MarketParameters.names().indexOf(name)]).as(name)
            .isCloseTo(bundled.toVector()[MarketParameters.names().indexOf(name)],
                org.assertj.core.api.Assertions.within(1e-5 * (1 + Math.abs(
                    bundled.toVector()[MarketParameters.names().indexOf(name)]))));
      }
    }
  }

  @Test
  void badOptionsExitWithTwoAndAClearMessage(@TempDir Path dir) throws IOException {
    String d = dir.toString();
    assertBad("--replicas must be at least 1", "calibrate", "--report", d, "--replicas", "0");
    assertBad("--threads must be at least 1", "calibrate", "--report", d, "--threads", "0");
    assertBad("--iterations needs --fit", "calibrate", "--report", d, "--iterations", "5");
    assertBad("--write needs --fit", "calibrate", "--report", d, "--write", d + "/x");
    assertBad("--fit-only needs --fit", "calibrate", "--report", d, "--fit-only", "aImg");
    assertBad("'leaveRate' is not a fitted parameter", "calibrate", "--report", d, "--fit",
        "--fit-only", "aImg,leaveRate");
    assertBad("--iterations must be at least 1", "calibrate", "--report", d, "--fit",
        "--iterations", "0");
    assertBad("Missing required option: '--report=DIR'", "calibrate");
    assertBad("Invalid value for option '--replicas'", "calibrate", "--report", d, "--replicas",
        "many");
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertBad("is a file, not a directory", "calibrate", "--report", file.toString());
    assertBad("Nowhere Surgery", "calibrate", "--report", d, "--specialty", "Nowhere Surgery",
        "--replicas", "1");
  }

  @Test
  void otherPublishedFiguresAreJudgedFromATargetsFile(@TempDir Path dir) throws IOException {
    Path targets = dir.resolve("targets-2026.csv");
    Files.writeString(targets, "id,scope,metric,value,reliability,source\n"
        + "T07,US_MD_SENIOR,match_rate_2026,0.20,primary,a made-up year\n"
        + "T31,ERAS,share_of_programs_accepting_signals,0.93,secondary,ERAS\n");
    Path out = dir.resolve("report");
    CliRunner run = CliRunner.run("calibrate", "--report", out.toString(), "--specialty", ORTHO,
        "--replicas", "1", "--seed", "3", "--targets", targets.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("targets: " + targets).contains("1 of 2 judged targets pass");
    List<String> lines = Files.readAllLines(out.resolve("calibration.csv"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("T07,match_rate_2026,US_MD_SENIOR,0.20,")
        .endsWith(",false");
    assertThat(lines.get(2)).startsWith("T31,").endsWith(",true");
  }

  @Test
  void aBadTargetsFileNamesTheLineFieldAndValue(@TempDir Path dir) throws IOException {
    String d = dir.toString();
    Path unknown = Files.writeString(dir.resolve("unknown.csv"),
        "id,scope,metric,value,reliability,source\nT07,all,m,0.9,primary,s\n"
            + "T99,all,m,0.5,primary,s\n");
    assertBad("unknown.csv: line 3, column 1, field 'id', value 'T99': is not a target the "
        + "model can produce", "calibrate",
        "--report", d, "--targets", unknown.toString());
    Path value = Files.writeString(dir.resolve("value.csv"),
        "id,scope,metric,value,reliability,source\nT07,all,m,high,primary,s\n");
    assertBad("value.csv: line 2, column 4, field 'value', value 'high'", "calibrate",
        "--report", d, "--targets", value.toString());
    assertBad("--targets: file not found", "calibrate", "--report", d, "--targets",
        dir.resolve("none.csv").toString());
  }

  @Test
  void aParametersFileIsEvaluatedInsteadOfTheBundledFit(@TempDir Path dir) throws IOException {
    Path bundled = dir.resolve("bundled");
    Path other = dir.resolve("other");
    Path file = Files.writeString(dir.resolve("p.properties"), "version=1\naImg=2.4\n");
    CliRunner.run("calibrate", "--report", bundled.toString(), "--specialty", ORTHO,
        "--replicas", "1", "--seed", "3");
    CliRunner run = CliRunner.run("calibrate", "--report", other.toString(), "--specialty", ORTHO,
        "--replicas", "1", "--seed", "3", "--parameters", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(other.resolve("calibration.csv")))
        .isNotEqualTo(Files.readString(bundled.resolve("calibration.csv")));
    Path bad = Files.writeString(dir.resolve("bad.properties"), "version=1\naImg=99\n");
    assertBad("bad.properties line 2: aImg = 99", "calibrate", "--report", other.toString(),
        "--parameters", bad.toString());
    assertBad("--parameters: file not found", "calibrate", "--report", other.toString(),
        "--parameters", dir.resolve("none").toString());
  }

  private static void assertBad(String message, String... args) {
    CliRunner run = CliRunner.run(args);
    assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }
}
