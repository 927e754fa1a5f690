package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with one line per top-level field and one line per element of a top-level array
 * (one program, applicant or couple per line), so large market and result files stay readable and
 * diff well. Stateless; set on each generator.
 */
final class EntityPerLinePrinter extends MinimalPrettyPrinter {
  private static final long serialVersionUID = 1L;

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    if (isRoot(g.getOutputContext())) {
      g.writeRaw("\n ");
    }
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    g.writeRaw(isRoot(g.getOutputContext()) ? "\n " : " ");
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    if (isRoot(g.getOutputContext())) {
      g.writeRaw('\n');
    }
    g.writeRaw('}');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (isTopLevelArray(g.getOutputContext())) {
      g.writeRaw("\n   ");
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    g.writeRaw(isTopLevelArray(g.getOutputContext()) ? "\n   " : " ");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    if (values > 0 && isTopLevelArray(g.getOutputContext())) {
      g.writeRaw("\n ");
    }
    g.writeRaw(']');
  }

  private static boolean isRoot(JsonStreamContext context) {
    return context.inObject() && context.getParent() != null && context.getParent().inRoot();
  }

  private static boolean isTopLevelArray(JsonStreamContext context) {
    return context.inArray() && context.getParent() != null && isRoot(context.getParent());
  }
}
