package org.smartpick.app.io.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.catalog.ProgramHit;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;

/**
 * Writes search results as a JSON array, one object per program, with every estimated field
 * flagged and the source of positions and academic/community spelled out (shape in
 * docs/catalog.md). O(results); thread-safe.
 */
public final class ProgramJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProgramJsonWriter() {
  }

  /** Pretty-printed JSON array. */
  public static String write(List<ProgramHit> hits, ProgramCatalog catalog) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ProgramHit hit : hits) {
      array.add(object(hit, catalog));
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode object(ProgramHit hit, ProgramCatalog catalog) {
    Program p = hit.program();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("acgmeId", p.acgmeId());
    node.put("name", p.name());
    node.put("specialty", p.specialty());
    node.put("nrmpSpecialty", catalog.specialty(p.specialty()).flatMap(CatalogSpecialty::nrmp)
        .map(s -> s.name()).orElse(null));
    node.put("city", p.city());
    node.put("state", p.state().name());
    node.put("region", p.region().label());
    node.put("division", p.division().label());
    node.put("latitude", p.location().latitude());
    node.put("longitude", p.location().longitude());
    if (p.positions().isPresent()) {
      node.put("positions", p.positions().getAsInt());
    } else {
      node.putNull("positions");
    }
    node.put("positionsEstimated", p.positionsEstimated());
    node.put("positionsSource", Provenances.positions(p));
    node.put("academic", p.academic());
    node.put("academicEstimated", p.academicEstimated());
    node.put("academicSource", Provenances.academic(p));
    hit.distanceMiles().ifPresent(d -> node.put("distanceMiles", Math.round(d * 10) / 10.0));
    putFacts(node, p.facts());
    p.importSource().ifPresent(s -> node.put("importSource", s));
    return node;
  }

  private static void putFacts(ObjectNode node, ProgramFacts facts) {
    facts.medianStep2().ifPresent(v -> node.put("medianStep2", v));
    facts.pctImg().ifPresent(v -> node.put("pctImg", v));
    facts.pctDo().ifPresent(v -> node.put("pctDo", v));
    facts.visaSponsorship().ifPresent(v -> node.put("visaSponsorship", v));
    facts.acceptsSignals().ifPresent(v -> node.put("acceptsSignals", v));
    facts.interviewsHeld().ifPresent(v -> node.put("interviewsHeld", v));
  }
}
