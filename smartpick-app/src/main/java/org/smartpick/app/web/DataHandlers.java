package org.smartpick.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Set;
import org.smartpick.app.service.PrivacyService;
import org.smartpick.app.store.DataExport;

/** {@code /api/data}: export everything, delete everything (with {@code confirm}). */
final class DataHandlers {
  private final PrivacyService privacy;
  private final Clock clock;

  DataHandlers(PrivacyService privacy, Clock clock) {
    this.privacy = privacy;
    this.clock = clock;
  }

  void export(Context ctx) {
    QueryParameters.of(ctx, Set.of());
    DataExport all = privacy.exportAll();
    ctx.header("Content-Disposition", "attachment; filename=\"smartpick-export.json\"");
    ctx.json(JsonViews.export(all.profiles(), all.results(), clock.instant()));
  }

  void deleteEverything(Context ctx) {
    QueryParameters query = QueryParameters.of(ctx, Set.of("confirm"));
    DataExport.Counts deleted = privacy.deleteEverything(query.text("confirm").orElse(null));
    ObjectNode body = JsonViews.MAPPER.createObjectNode();
    body.putObject("deleted").put("profiles", deleted.profiles()).put("results",
        deleted.results());
    ctx.json(body);
  }
}
