package org.smartpick.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.smartpick.app.service.ProfileService;
import org.smartpick.app.store.StoredProfile;

/** {@code /api/profiles}: create, list, read, update (with version), delete, export, results. */
final class ProfileHandlers {
  private static final Set<String> CREATE_FIELDS = Set.of("displayName", "document");
  private static final Set<String> UPDATE_FIELDS = Set.of("displayName", "document", "version");

  private final ProfileService profiles;
  private final JsonBodies bodies;
  private final Clock clock;

  ProfileHandlers(ProfileService profiles, JsonBodies bodies, Clock clock) {
    this.profiles = profiles;
    this.bodies = bodies;
    this.clock = clock;
  }

  void create(Context ctx) {
    ObjectNode body = bodies.object(ctx, CREATE_FIELDS);
    StoredProfile created = profiles.create(JsonBodies.requiredText(body, "displayName"),
        body.get("document"));
    ctx.status(201).header("Location", "/api/profiles/" + created.id())
        .json(JsonViews.profile(created));
  }

  void list(Context ctx) {
    QueryParameters.of(ctx, Set.of());
    ArrayNode array = JsonViews.MAPPER.createArrayNode();
    profiles.list().forEach(p -> array.add(JsonViews.profileSummary(p)));
    ctx.json(array);
  }

  void get(Context ctx) {
    ctx.json(JsonViews.profile(profiles.get(ctx.pathParam("id"))));
  }

  void update(Context ctx) {
    ObjectNode body = bodies.object(ctx, UPDATE_FIELDS);
    long version = JsonBodies.requiredWholeNumber(body, "version", 1);
    StoredProfile updated = profiles.update(ctx.pathParam("id"), version,
        JsonBodies.requiredText(body, "displayName"), body.get("document"));
    ctx.json(JsonViews.profile(updated));
  }

  void delete(Context ctx) {
    profiles.delete(ctx.pathParam("id"));
    ctx.status(204);
  }

  void export(Context ctx) {
    String id = ctx.pathParam("id");
    StoredProfile profile = profiles.get(id);
    ctx.header("Content-Disposition", "attachment; filename=\"smartpick-profile-" + id
        + ".json\"");
    ctx.json(JsonViews.export(List.of(profile), profiles.results(id), clock.instant()));
  }

  void results(Context ctx) {
    ArrayNode array = JsonViews.MAPPER.createArrayNode();
    profiles.results(ctx.pathParam("id")).forEach(r -> array.add(JsonViews.result(r)));
    ctx.json(array);
  }
}
