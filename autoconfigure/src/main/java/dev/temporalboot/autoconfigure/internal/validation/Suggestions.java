package dev.temporalboot.autoconfigure.internal.validation;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Finds the valid name closest to a misspelt one, by edit distance. */
final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate closest to the written name, or null when none is close enough to be the
   * one meant (more than a third of its letters differ).
   */
  static @Nullable String closest(String written, Collection<String> candidates) {
    String target = PropertySchema.uniform(written);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(target, PropertySchema.uniform(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return (best != null && bestDistance <= Math.max(2, target.length() / 3)) ? best : null;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
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
}
