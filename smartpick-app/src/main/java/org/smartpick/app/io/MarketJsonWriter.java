package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartpick.engine.match.MatchInstance;

/**
 * Writes a {@link MatchInstance} in the market JSON format that {@link MarketJsonReader} reads
 * (see {@code docs/market-format.md}): one program, single applicant or couple per line. Reading
 * the output back gives an instance with the same ids, capacities, tracks, reversions and lists.
 * Couple members cannot carry supplemental lists in this format; such an instance is refused with
 * an {@link IllegalArgumentException}. O(instance size). Stateless and thread-safe.
 */
public final class MarketJsonWriter {
  private final JsonFactory factory = new JsonFactory();

  /** Writes the instance to a file (replacing it). */
  public void write(MatchInstance instance, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(instance, writer);
    }
  }

  /** Writes the instance to a writer (left open). */
  public void write(MatchInstance instance, Writer writer) throws IOException {
    checkWritable(instance);
    try (JsonGenerator g = factory.createGenerator(writer)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new EntityPerLinePrinter());
      g.writeStartObject();
      g.writeArrayFieldStart("programs");
      for (int p = 0; p < instance.programCount(); p++) {
        writeProgram(g, instance, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("applicants");
      for (int a = 0; a < instance.applicantCount(); a++) {
        if (instance.coupleOf(a) == MatchInstance.NONE) {
          writeApplicant(g, instance, a);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("couples");
      for (int c = 0; c < instance.coupleCount(); c++) {
        writeCouple(g, instance, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    writer.write('\n');
    writer.flush();
  }

  private static void checkWritable(MatchInstance instance) {
    for (int a = 0; a < instance.applicantCount(); a++) {
      if (instance.coupleOf(a) != MatchInstance.NONE && instance.supplementalList(a).length > 0) {
        throw new IllegalArgumentException("applicant '" + instance.applicantId(a)
            + "' is a couple member with a supplemental list, which the market format cannot hold");
      }
    }
  }

  private static void writeProgram(JsonGenerator g, MatchInstance m, int p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.programId(p));
    g.writeNumberField("capacity", m.capacity(p));
    g.writeStringField("track", m.track(p).name());
    if (m.revertTo(p) != MatchInstance.NONE) {
      g.writeStringField("revertTo", m.programId(m.revertTo(p)));
    }
    g.writeArrayFieldStart("rankList");
    for (int a : m.programRankList(p)) {
      g.writeString(m.applicantId(a));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeApplicant(JsonGenerator g, MatchInstance m, int a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.applicantId(a));
    writePrograms(g, m, "rankList", m.applicantRankList(a));
    if (m.supplementalList(a).length > 0) {
      writePrograms(g, m, "supplementalList", m.supplementalList(a));
    }
    g.writeEndObject();
  }

  private static void writeCouple(JsonGenerator g, MatchInstance m, int c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.coupleId(c));
    g.writeArrayFieldStart("members");
    g.writeString(m.applicantId(m.coupleMember(c, 0)));
    g.writeString(m.applicantId(m.coupleMember(c, 1)));
    g.writeEndArray();
    g.writeArrayFieldStart("rankList");
    int[] pairs = m.coupleRankList(c);
    for (int k = 0; k < pairs.length; k++) {
      if (k % 2 == 0) {
        g.writeStartArray();
      }
      if (pairs[k] == MatchInstance.NONE) {
        g.writeNull();
      } else {
        g.writeString(m.programId(pairs[k]));
      }
      if (k % 2 == 1) {
        g.writeEndArray();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePrograms(JsonGenerator g, MatchInstance m, String field, int[] programs)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (int p : programs) {
      g.writeString(m.programId(p));
    }
    g.writeEndArray();
  }
}
