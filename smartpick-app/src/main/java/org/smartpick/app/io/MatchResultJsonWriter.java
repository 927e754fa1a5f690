package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartpick.engine.match.BlockingPair;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.MatchSummary;

/**
 * Writes a {@link MatchResult} as the result JSON described in {@code docs/market-format.md}:
 * {@code assignments} and {@code matchedRank} for every applicant (singles and couple members,
 * null when unmatched), {@code supplementalAssignments} for every applicant with a supplemental
 * list, {@code unfilled} for programs with open positions, {@code stable}, {@code blockingPairs},
 * {@code counters} and {@code summary}. O(applicants + programs). Stateless and thread-safe.
 */
public final class MatchResultJsonWriter {
  private final JsonFactory factory = new JsonFactory();

  /** Writes the result to a file (replacing it). */
  public void write(MatchInstance instance, MatchResult result, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(instance, result, writer);
    }
  }

  /** Writes the result to a writer (left open). */
  public void write(MatchInstance instance, MatchResult result, Writer writer) throws IOException {
    try (JsonGenerator g = factory.createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new EntityPerLinePrinter());
      g.writeStartObject();
      writeAssignments(g, instance, result);
      writeSupplementalAssignments(g, instance, result);
      writeMatchedRanks(g, instance, result);
      writeUnfilled(g, instance, result);
      g.writeBooleanField("stable", result.stable());
      writeBlockingPairs(g, instance, result);
      g.writeObjectFieldStart("counters");
      g.writeNumberField("proposals", result.proposals());
      g.writeNumberField("displacements", result.displacements());
      g.writeNumberField("restarts", result.restarts());
      g.writeNumberField("searchStates", result.searchStates());
      g.writeNumberField("exactSearchConflicts", result.exactSearchConflicts());
      g.writeEndObject();
      writeSummary(g, MatchSummary.of(instance, result));
      g.writeEndObject();
    }
    writer.write('\n');
    writer.flush();
  }

  private static void writeAssignments(JsonGenerator g, MatchInstance m, MatchResult r)
      throws IOException {
    g.writeObjectFieldStart("assignments");
    for (int a = 0; a < m.applicantCount(); a++) {
      writeProgramOrNull(g, m, m.applicantId(a), r.programOf(a));
    }
    g.writeEndObject();
  }

  private static void writeSupplementalAssignments(JsonGenerator g, MatchInstance m, MatchResult r)
      throws IOException {
    g.writeObjectFieldStart("supplementalAssignments");
    for (int a = 0; a < m.applicantCount(); a++) {
      if (m.supplementalList(a).length > 0) {
        writeProgramOrNull(g, m, m.applicantId(a), r.supplementalProgramOf(a));
      }
    }
    g.writeEndObject();
  }

  private static void writeMatchedRanks(JsonGenerator g, MatchInstance m, MatchResult r)
      throws IOException {
    g.writeObjectFieldStart("matchedRank");
    for (int a = 0; a < m.applicantCount(); a++) {
      g.writeFieldName(m.applicantId(a));
      if (r.matchedRank(a) == 0) {
        g.writeNull();
      } else {
        g.writeNumber(r.matchedRank(a));
      }
    }
    g.writeEndObject();
  }

  private static void writeUnfilled(JsonGenerator g, MatchInstance m, MatchResult r)
      throws IOException {
    g.writeObjectFieldStart("unfilled");
    for (int p = 0; p < m.programCount(); p++) {
      if (r.unfilled(p) > 0) {
        g.writeNumberField(m.programId(p), r.unfilled(p));
      }
    }
    g.writeEndObject();
  }

  private static void writeBlockingPairs(JsonGenerator g, MatchInstance m, MatchResult r)
      throws IOException {
    g.writeArrayFieldStart("blockingPairs");
    for (BlockingPair pair : r.blockingPairs()) {
      g.writeStartObject();
      if (pair.isCouple()) {
        g.writeStringField("couple", m.coupleId(pair.couple()));
        g.writeArrayFieldStart("programs");
        writeIdOrNull(g, m, pair.program());
        writeIdOrNull(g, m, pair.secondProgram());
        g.writeEndArray();
      } else {
        g.writeStringField("applicant", m.applicantId(pair.applicant()));
        g.writeFieldName("program");
        writeIdOrNull(g, m, pair.program());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSummary(JsonGenerator g, MatchSummary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("applicants", s.applicants());
    g.writeNumberField("couples", s.couples());
    g.writeNumberField("programs", s.programs());
    g.writeNumberField("positions", s.positions());
    g.writeNumberField("matched", s.matched());
    g.writeNumberField("matchRate", s.matchRate());
    g.writeNumberField("filled", s.filled());
    g.writeNumberField("unfilled", s.unfilled());
    g.writeNumberField("pgy1FillRate", s.pgy1FillRate());
    g.writeObjectFieldStart("matchedAtRank");
    for (int b = 0; b < MatchSummary.RANK_BUCKETS; b++) {
      g.writeNumberField(b + 1 < MatchSummary.RANK_BUCKETS ? String.valueOf(b + 1) : b + 1 + "+",
          s.matchedAtRank().get(b));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeProgramOrNull(JsonGenerator g, MatchInstance m, String field, int p)
      throws IOException {
    g.writeFieldName(field);
    writeIdOrNull(g, m, p);
  }

  private static void writeIdOrNull(JsonGenerator g, MatchInstance m, int p) throws IOException {
    if (p == MatchInstance.NONE) {
      g.writeNull();
    } else {
      g.writeString(m.programId(p));
    }
  }
}
