package org.smartpick.engine.match;

/**
 * A matching algorithm for the residency Match. Implementations are named for their algorithm,
 * keep no per-run state in fields (so one instance may serve several threads), and document their
 * running time, the inputs they accept and their citations.
 */
public interface Matcher {

  /** Computes a matching of the given market. Never loops forever; never returns null. */
  MatchResult match(MatchInstance instance);
}
