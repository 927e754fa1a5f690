package org.smartpick.engine.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Spelling distance (Levenshtein: insertions, deletions and substitutions each cost 1) and
 * "did you mean" suggestions for names the user mistyped.
 *
 * <p>Distance O(|a|·|b|) time, O(|b|) space; stateless.
 */
public final class EditDistance {
  private EditDistance() {
  }

  /** The Levenshtein distance between two strings (case-sensitive). */
  public static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Up to {@code limit} candidates close in spelling to {@code wanted} (ignoring case), closest
   * first: within a distance of 2, or a quarter of the longer name for long names.
   */
  public static List<String> closest(String wanted, Collection<String> candidates, int limit) {
    String key = wanted.trim().toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {
    }
    return candidates.stream()
        .map(c -> new Scored(c, levenshtein(key, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance() <= Math.max(2, Math.max(key.length(), s.name().length()) / 4))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }
}
