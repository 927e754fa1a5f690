package org.smartpick.app.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.advise.ScenarioSet;
import org.smartpick.engine.market.MarketParameters;

/**
 * The scenario sets built most recently, at most {@code capacity} of them, least recently used
 * evicted first: a set of 2,000 scenarios takes seconds to minutes to build and is reused by every
 * advice request for the same (specialty, parameters, seed, K). Thread-safe (one lock; building
 * happens outside it, so two requests for a missing set may both build it, and the result is the
 * same set).
 */
public final class ScenarioCache {
  /** What identifies a scenario set. */
  public record Key(String specialty, MarketParameters parameters, long seed, int scenarios) {
  }

  private final int capacity;
  private final Map<Key, ScenarioSet> sets;

  /** A cache of at most {@code capacity} sets (at least 1). */
  public ScenarioCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.sets = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The cached set for a key, marking it most recently used. */
  public synchronized Optional<ScenarioSet> get(Key key) {
    return Optional.ofNullable(sets.get(key));
  }

  /** Keeps a set, evicting the least recently used when over capacity. */
  public synchronized void put(Key key, ScenarioSet set) {
    sets.put(key, set);
    while (sets.size() > capacity) {
      sets.remove(sets.keySet().iterator().next());
    }
  }

  /** Sets held now (at most the capacity). */
  public synchronized int size() {
    return sets.size();
  }

  public int capacity() {
    return capacity;
  }
}
