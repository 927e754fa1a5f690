package org.smartpick.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;

/**
 * Resolves "City, ST" to coordinates from the catalog's own cities: the mean of the coordinates of
 * the programs in that city (the catalog geocodes cities, so they mostly coincide). Lookups ignore
 * case and extra spaces. Unknown names get suggestions ranked by edit distance (Levenshtein).
 *
 * <p>Lookup O(1); suggestions O(c·k²) for c cities of name length k. Immutable and thread-safe.
 */
public final class CityLocator {
  private static final int MAX_SUGGESTIONS = 5;

  private final Map<String, GeoPoint> centres;
  private final Map<String, String> displayNames;

  CityLocator(List<Program> programs) {
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Program p : programs) {
      String display = p.city() + ", " + p.state().name();
      String key = normalise(display);
      names.putIfAbsent(key, display);
      double[] sum = sums.computeIfAbsent(key, k -> new double[3]);
      sum[0] += p.location().latitude();
      sum[1] += p.location().longitude();
      sum[2]++;
    }
    Map<String, GeoPoint> result = new TreeMap<>();
    sums.forEach((key, s) -> result.put(key, new GeoPoint(s[0] / s[2], s[1] / s[2])));
    this.centres = java.util.Collections.unmodifiableMap(result);
    this.displayNames = java.util.Collections.unmodifiableMap(names);
  }

  private static String normalise(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*");
    return String.join(", ", parts).replaceAll("\\s+", " ");
  }

  /** The centre of the city, e.g. {@code locate("Dallas, TX")}. */
  public Optional<GeoPoint> locate(String cityAndState) {
    return Optional.ofNullable(centres.get(normalise(cityAndState)));
  }

  /**
   * Like {@link #locate(String)}, but for user input.
   *
   * @throws IllegalArgumentException naming the value and suggesting close matches when unknown
   */
  public GeoPoint require(String cityAndState) {
    return locate(cityAndState).orElseThrow(() -> {
      List<String> close = suggestions(cityAndState);
      return new IllegalArgumentException("unknown city '" + cityAndState
          + "' (give \"City, ST\" as the program list spells it)"
          + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
    });
  }

  /** Up to five known cities closest in spelling to the text, closest first. */
  public List<String> suggestions(String cityAndState) {
    String wanted = normalise(cityAndState);
    String wantedCity = wanted.split(",")[0];
    record Candidate(String display, int distance) {
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, String> entry : displayNames.entrySet()) {
      String key = entry.getKey();
      int distance = Math.min(EditDistance.levenshtein(wanted, key),
          EditDistance.levenshtein(wantedCity, key.split(",")[0]) + 1);
      if (distance <= Math.max(2, wanted.length() / 3)) {
        candidates.add(new Candidate(entry.getValue(), distance));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::distance)
        .thenComparing(Candidate::display));
    return candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::display).toList();
  }

  /** Every known city as "City, ST", sorted. */
  public List<String> names() {
    return List.copyOf(displayNames.values());
  }
}
