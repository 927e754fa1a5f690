package org.smartpick.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.TimelineService;
import org.smartpick.engine.advise.CallWindow;
import org.smartpick.engine.advise.CycleTimeline;
import org.smartpick.engine.advise.PhaseWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smartpick timeline}: the application cycle with typical dates, what happens in each
 * phase, when backchannel calls happen, and where a day (today by default) falls.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "The application cycle with typical dates and today marked.")
final class TimelineCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Place this day on the timeline instead of today.")
  private LocalDate date;

  @Override
  public void run() {
    LocalDate day = date != null ? date : LocalDate.now(Clock.systemDefaultZone());
    TimelineService.DayInCycle placed;
    try {
      placed = new TimelineService().place(day);
    } catch (InvalidInputException e) {
      throw new BadInputException("--date: " + e.detail(), e);
    }
    CycleTimeline timeline = placed.cycle();
    Optional<PhaseWindow> now = placed.phase();
    TextTable table = new TextTable(List.of("", "Phase", "Typical dates", "Backchannel calls"),
        new boolean[] {false, false, false, false}, new int[] {1, 40, 23, 60});
    for (PhaseWindow window : timeline.windows()) {
      table.add(List.of(now.filter(window::equals).isPresent() ? ">" : "",
          window.phase().label(), dates(window), calls(window.phase().calls(), false)));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Match " + timeline.matchYear() + " application cycle. Dates are typical,"
        + " estimated from recent NRMP and ERAS calendars: check the official ones.");
    out.println();
    out.print(table.render());
    now.ifPresent(w -> {
      out.println();
      out.println("> " + day + ": " + w.phase().label() + ". " + w.phase().whatHappens());
      if (!w.phase().calls().isEmpty()) {
        out.println("  Calls between programs now: " + calls(w.phase().calls(), true) + ".");
      }
    });
    out.flush();
  }

  private static String dates(PhaseWindow window) {
    return window.start().equals(window.end()) ? window.start().toString()
        : window.start() + " – " + window.end();
  }

  private static String calls(List<CallWindow> calls, boolean withPurpose) {
    if (calls.isEmpty()) {
      return "-";
    }
    return calls.stream().map(c -> withPurpose ? c.label() + " (" + c.purpose() + ")"
        : c.label()).collect(Collectors.joining(withPurpose ? "; " : ", "));
  }
}
