package org.smartpick.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.smartpick.app.service.jobs.JobSnapshot;
import org.smartpick.app.store.SavedResult;
import org.smartpick.app.store.StoredProfile;

/** The API's JSON shapes of stored profiles, saved results, exports and jobs. Thread-safe. */
final class JsonViews {
  /** Names the shape of exports, so a later import can recognise them. */
  static final String EXPORT_FORMAT = "smartpick-export/1";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonViews() {
  }

  static ObjectNode profile(StoredProfile p) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", p.id());
    node.put("displayName", p.displayName());
    node.set("document", tree(p.document()));
    node.put("createdAt", p.createdAt().toString());
    node.put("updatedAt", p.updatedAt().toString());
    node.put("version", p.version());
    return node;
  }

  static ObjectNode profileSummary(StoredProfile p) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", p.id());
    node.put("displayName", p.displayName());
    node.put("updatedAt", p.updatedAt().toString());
    node.put("version", p.version());
    return node;
  }

  static ObjectNode result(SavedResult r) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", r.id());
    node.put("profileId", r.profileId());
    node.put("kind", r.kind());
    node.put("createdAt", r.createdAt().toString());
    node.set("result", tree(r.document()));
    return node;
  }

  static ObjectNode export(List<StoredProfile> profiles, List<SavedResult> results, Instant at) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("format", EXPORT_FORMAT);
    node.put("exportedAt", at.toString());
    ArrayNode profileArray = node.putArray("profiles");
    profiles.forEach(p -> profileArray.add(profile(p)));
    ArrayNode resultArray = node.putArray("results");
    results.forEach(r -> resultArray.add(result(r)));
    return node;
  }

  static ObjectNode job(JobSnapshot job, boolean withResult) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", job.id());
    node.put("kind", job.kind());
    node.put("status", job.status().name().toLowerCase(java.util.Locale.ROOT));
    node.put("progress", job.progress());
    node.put("message", job.message());
    node.put("createdAt", job.createdAt().toString());
    node.put("expiresAt", job.expiresAt().map(Instant::toString).orElse(null));
    if (withResult) {
      job.result().ifPresent(r -> node.set("result", MAPPER.valueToTree(r)));
    }
    job.error().ifPresent(e -> node.putObject("error").put("field", e.field())
        .put("message", e.message()));
    ObjectNode links = node.putObject("links");
    links.put("self", "/api/jobs/" + job.id());
    links.put("events", "/api/jobs/" + job.id() + "/events");
    return node;
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON is unreadable", e);
    }
  }
}
