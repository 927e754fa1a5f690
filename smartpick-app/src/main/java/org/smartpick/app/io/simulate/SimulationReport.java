package org.smartpick.app.io.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.simulate.Interval;
import org.smartpick.engine.simulate.MetricSummary;
import org.smartpick.engine.simulate.MonteCarloResult;

/**
 * Writes a Monte Carlo study as JSON, CSV or Markdown/terminal tables; the schema is documented in
 * {@code docs/simulate.md}. Output depends only on the result (seed, replicas, metrics), never on
 * the thread count. Stateless; thread-safe.
 */
public final class SimulationReport {
  /** Below this many replicas the report says that its intervals are wide. */
  private static final int FEW_REPLICAS = 5;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SimulationReport() {
  }

  /**
   * JSON: {@code {seed, replicas, replicasDone, cancelled, scope, parameters, <section>: {<scope>:
   * {<metric>: interval | {<qualifier>: interval}}}}} with intervals {@code {mean, low, high,
   * replicas}} (null for undefined numbers).
   */
  public static String json(MonteCarloResult result, String scope, String parameters) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seed", result.seed());
    root.put("replicas", result.replicasRequested());
    root.put("replicasDone", result.replicasDone());
    root.put("cancelled", result.cancelled());
    root.put("scope", scope);
    root.put("parameters", parameters);
    MetricSummary summary = result.summary();
    for (MetricKey key : summary.keys()) {
      ObjectNode section = child(root, key.section());
      ObjectNode metrics = child(section, key.scope());
      ObjectNode target = key.qualifier().isEmpty() ? metrics : child(metrics, key.metric());
      String name = key.qualifier().isEmpty() ? key.metric() : key.qualifier();
      target.set(name, interval(summary.interval(key)));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
  }

  private static ObjectNode interval(Interval interval) {
    ObjectNode node = JSON.createObjectNode();
    number(node, "mean", interval.mean());
    number(node, "low", interval.low());
    number(node, "high", interval.high());
    node.put("replicas", interval.replicas());
    return node;
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }

  /** CSV: one row per metric: section,scope,metric,qualifier,mean,low,high,replicas. */
  public static String csv(MonteCarloResult result) {
    StringBuilder out = new StringBuilder("section,scope,metric,qualifier,mean,low,high,replicas\n");
    MetricSummary summary = result.summary();
    for (MetricKey key : summary.keys()) {
      Interval i = summary.interval(key);
      out.append(String.join(",", quote(key.section()), quote(key.scope()), quote(key.metric()),
          quote(key.qualifier()), plain(i.mean()), plain(i.low()), plain(i.high()),
          Long.toString(i.replicas()))).append('\n');
    }
    return out.toString();
  }

  /** A CSV field: quoted (inner quotes doubled) when it holds a comma or a quote. */
  static String quote(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  private static String plain(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "";
  }

  /**
   * The outcome tables (by applicant type, by specialty, calls), as Markdown or aligned text.
   *
   * @param parameterSource "bundled" for the bundled fitted parameters, else the file they came
   *     from
   */
  public static String tables(MonteCarloResult result, String scope, String parameterSource,
      boolean markdown) {
    List<ReportTable> tables = ReportTable.outcomeTables(result.summary());
    StringBuilder out = new StringBuilder();
    out.append(markdown ? "# Simulation: " : "Simulation: ").append(scope)
        .append(", seed ").append(result.seed()).append(", ").append(result.replicasDone())
        .append(" of ").append(result.replicasRequested()).append(" replicas")
        .append(result.cancelled() ? " (cancelled)" : "").append("\n\n");
    for (ReportTable table : tables) {
      out.append(markdown ? table.markdown() : table.text()).append('\n');
    }
    out.append("Values: mean over replicas (95% interval across replicas, clipped to the "
        + "metric's range). Positions per program are estimated (NRMP totals split over catalog "
        + "programs). Market parameters: ")
        .append("bundled".equals(parameterSource)
            ? "the bundled fitted values (docs/calibration.md)" : parameterSource)
        .append(". See docs/simulate.md.\n");
    if (result.replicasDone() < FEW_REPLICAS) {
      out.append("Only ").append(result.replicasDone()).append(" replica")
          .append(result.replicasDone() == 1 ? ": no interval" : "s: intervals are wide")
          .append("; use --replicas ").append(FEW_REPLICAS)
          .append(" or more for stable figures.\n");
    }
    return out.toString();
  }
}
