package org.smartpick.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.smartpick.app.service.TimelineService;
import org.smartpick.engine.advise.CallWindow;
import org.smartpick.engine.advise.PhaseWindow;

/**
 * {@code GET /api/timeline[?date=YYYY-MM-DD]}: the application cycle with typical dates, what
 * happens in each phase and which backchannel calls happen then, with the day marked. Without a
 * date the server's clock is read once, here, in the system's time zone.
 */
final class TimelineHandlers {
  private final TimelineService timelines;
  private final Clock clock;

  TimelineHandlers(TimelineService timelines, Clock clock) {
    this.timelines = timelines;
    this.clock = clock;
  }

  void timeline(Context ctx) {
    LocalDate day = QueryParameters.of(ctx, Set.of("date")).text("date")
        .map(TimelineService::parseDate).orElseGet(() -> LocalDate.now(clock));
    TimelineService.DayInCycle placed = timelines.place(day);
    ObjectNode root = JsonViews.MAPPER.createObjectNode();
    root.put("date", day.toString());
    root.put("matchYear", placed.cycle().matchYear());
    root.put("estimated", true);
    root.put("source", TimelineService.SOURCE);
    root.put("current", placed.phase().map(w -> w.phase().name()).orElse(null));
    ArrayNode phases = root.putArray("phases");
    for (PhaseWindow window : placed.cycle().windows()) {
      ObjectNode phase = phases.addObject();
      phase.put("id", window.phase().name());
      phase.put("label", window.phase().label());
      phase.put("start", window.start().toString());
      phase.put("end", window.end().toString());
      phase.put("current", window.contains(day));
      phase.put("whatHappens", window.phase().whatHappens());
      ArrayNode calls = phase.putArray("calls");
      for (CallWindow call : window.phase().calls()) {
        calls.addObject().put("id", call.name()).put("label", call.label())
            .put("purpose", call.purpose());
      }
    }
    ctx.json(root);
  }
}
