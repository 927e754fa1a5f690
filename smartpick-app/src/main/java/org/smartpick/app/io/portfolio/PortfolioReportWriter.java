package org.smartpick.app.io.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.Portfolio;
import org.smartpick.engine.advise.portfolio.ProgramChance;

/**
 * Writes an optimized portfolio of an {@link IndependentChances} problem as JSON (for programs) or
 * as a text table (for people). Both say which method ran. Stateless; thread-safe.
 */
public final class PortfolioReportWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PortfolioReportWriter() {}

  /**
   * {@code {"chosen": [ids in the order added], "value", "method", "methodDescription", "exact",
   * "upperBound", "gap", "budget", "spent", "steps": [{"id", "p", "utility", "cost",
   * "valueAfter"}]}}.
   */
  public static void writeJson(IndependentChances problem, Portfolio portfolio, PrintWriter out)
      throws IOException {
    out.println(MAPPER.writeValueAsString(json(problem, portfolio)));
    out.flush();
  }

  /** The same document as {@link #writeJson}, as a tree (the web API sends it). */
  public static ObjectNode json(IndependentChances problem, Portfolio portfolio) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode chosen = root.putArray("chosen");
    portfolio.chosen().forEach(j -> chosen.add(problem.program(j).id()));
    root.put("value", portfolio.value());
    root.put("method", portfolio.method().label());
    root.put("methodDescription", portfolio.method().description());
    root.put("exact", portfolio.method().exact());
    root.put("upperBound", portfolio.upperBound());
    root.put("gap", portfolio.gap());
    root.put("budget", problem.budget());
    root.put("spent", portfolio.spent());
    ArrayNode steps = root.putArray("steps");
    for (int i = 0; i < portfolio.chosen().size(); i++) {
      ProgramChance program = problem.program(portfolio.chosen().get(i));
      steps.addObject()
          .put("id", program.id())
          .put("p", program.p())
          .put("utility", program.utility())
          .put("cost", program.cost())
          .put("valueAfter", portfolio.valueAfterEach().get(i));
    }
    return root;
  }

  /** A header naming the method, then one row per chosen program with the value after it. */
  public static void writeTable(IndependentChances problem, Portfolio portfolio, PrintWriter out) {
    out.printf(Locale.ROOT, "method: %s: %s%n", portfolio.method().label(),
        portfolio.method().description());
    out.printf(Locale.ROOT, "budget %d, spent %d; expected utility %.4f%s%n", problem.budget(),
        portfolio.spent(), portfolio.value(),
        portfolio.method().exact() ? " (optimal)"
            : String.format(Locale.ROOT, " (optimum at most %.4f)", portfolio.upperBound()));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "id", "p", "utility", "cost", "value after"});
    for (int i = 0; i < portfolio.chosen().size(); i++) {
      ProgramChance program = problem.program(portfolio.chosen().get(i));
      rows.add(new String[] {
          Integer.toString(i + 1), program.id(), format(program.p()), format(program.utility()),
          Integer.toString(program.cost()), format(portfolio.valueAfterEach().get(i))});
    }
    printAligned(rows, out);
    if (portfolio.chosen().isEmpty()) {
      out.println("(no program adds value within the budget)");
    }
    out.flush();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  // Left-aligns the id column and right-aligns the others, two spaces apart.
  private static void printAligned(List<String[]> rows, PrintWriter out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String cell = c == 1 ? String.format("%-" + width[c] + "s", row[c])
            : String.format("%" + width[c] + "s", row[c]);
        line.append(c == 0 ? "" : "  ").append(cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
