package org.smartpick.engine.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes market parameters as a versioned {@code key=value} text file: a first
 * non-comment line {@code version=1}, then any subset of {@link MarketParameters#names()} (missing
 * keys keep their defaults); {@code #} starts a comment. The bundled file
 * {@code org/smartpick/engine/market/fitted-parameters.properties} is where calibration stores its
 * fitted values; it ships without values until calibration writes it.
 *
 * <p>Errors name the source, line, key and value. Stateless; thread-safe.
 */
public final class MarketParametersFile {
  /** The file format version this class reads and writes. */
  public static final int VERSION = 1;
  /** Classpath location of the bundled fitted parameters. */
  public static final String BUNDLED = "/org/smartpick/engine/market/fitted-parameters.properties";

  private MarketParametersFile() {
  }

  /** The defaults overlaid with the bundled fitted values. */
  static MarketParameters bundledFitted() {
    try (InputStream in = MarketParametersFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing from the jar: " + BUNDLED);
      }
      return read(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8),
          MarketParameters.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * Reads a parameter file over a base.
   *
   * @throws IllegalArgumentException naming source, line, key and value for a missing or unknown
   *     version, an unknown or repeated key, a value that is not a number or is out of range
   */
  public static MarketParameters read(String source, Reader reader, MarketParameters base)
      throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<String> names = MarketParameters.names();
    double[] vector = base.toVector();
    Set<String> seen = new HashSet<>();
    boolean versionSeen = false;
    String text;
    int line = 0;
    while ((text = in.readLine()) != null) {
      line++;
      String content = text.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      int eq = content.indexOf('=');
      if (eq < 0) {
        throw error(source, line, content, "", "is not of the form key=value");
      }
      String key = content.substring(0, eq).strip();
      String value = content.substring(eq + 1).strip();
      if (!versionSeen) {
        if (!key.equals("version") || !value.equals(Integer.toString(VERSION))) {
          throw error(source, line, key, value, "the first entry must be version=" + VERSION);
        }
        versionSeen = true;
        continue;
      }
      int k = names.indexOf(key);
      if (k < 0) {
        throw error(source, line, key, value, "is not a market parameter");
      }
      if (!seen.add(key)) {
        throw error(source, line, key, value, "is given twice");
      }
      try {
        vector[k] = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error(source, line, key, value, "is not a number");
      }
      try {
        base.withVector(vector);
      } catch (IllegalArgumentException e) {
        throw error(source, line, key, value, e.getMessage());
      }
    }
    if (!versionSeen) {
      throw new IllegalArgumentException(source + ": no version=" + VERSION + " line");
    }
    return base.withVector(vector);
  }

  private static IllegalArgumentException error(String source, int line, String key, String value,
      String message) {
    return new IllegalArgumentException(source + " line " + line + ": " + key
        + (value.isEmpty() ? "" : " = " + value) + ": " + message);
  }

  /** Writes every parameter, one per line, after the version line and a comment. */
  public static String write(MarketParameters parameters, String comment) {
    StringBuilder out = new StringBuilder();
    for (String part : comment.split("\n")) {
      out.append("# ").append(part).append('\n');
    }
    out.append("version=").append(VERSION).append('\n');
    List<String> names = MarketParameters.names();
    double[] vector = parameters.toVector();
    for (int k = 0; k < vector.length; k++) {
      out.append(names.get(k)).append('=').append(String.format(Locale.ROOT, "%s", vector[k]))
          .append('\n');
    }
    return out.toString();
  }
}
