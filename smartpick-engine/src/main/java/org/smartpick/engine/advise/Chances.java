package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;

/**
 * A student's chances at every program of their specialty, from a {@link ScenarioSet}: per
 * program the estimates with explanations, and per (sample, program) the outcome bits the
 * optimizer needs. A sample is one scenario with one set of the student's draws; with D draws per
 * scenario, sample {@code s} is scenario {@code s mod K} ({@link ChanceEstimator}), and with one
 * draw samples are scenarios. Immutable; thread-safe.
 */
public final class Chances {
  /** Invited without a signal. */
  static final int INVITED = 1;
  /** Would match if applied (no signal) and ranked: invited and rank score at or over the cutoff. */
  static final int MATCH = 1 << 1;
  /** Invited with a signal. */
  static final int INVITED_SIGNAL = 1 << 2;
  /** Would match with a signal. */
  static final int MATCH_SIGNAL = 1 << 3;

  /**
   * The chances at one program.
   *
   * @param program local index in the scenario set
   * @param id ACGME id
   * @param name program name
   * @param state two-letter state
   * @param academic academic (true) or community
   * @param positions positions per year (estimated where the catalog says so)
   * @param reputation the model's reputation latent, mean over scenarios
   * @param interview P(interview | apply, no signal)
   * @param interviewWithSignal P(interview | apply with a signal)
   * @param match P(match here | applied and ranked), no signal
   * @param matchWithSignal P(match here | applied with a signal and ranked)
   * @param interviewWhy explanation of {@code interview}
   * @param matchWhy explanation of {@code match}
   */
  public record ProgramChance(int program, String id, String name, String state, boolean academic,
      int positions, double reputation, Estimate interview, Estimate interviewWithSignal,
      Estimate match, Estimate matchWithSignal, Explanation interviewWhy,
      Explanation matchWhy) {
    public ProgramChance {
      Objects.requireNonNull(id, "id");
    }
  }

  private final ScenarioSet set;
  private final long seed;
  private final int draws;
  private final byte[][] outcome;
  private final List<ProgramChance> programs;

  Chances(ScenarioSet set, long seed, int draws, byte[][] outcome, List<ProgramChance> programs) {
    this.set = set;
    this.seed = seed;
    this.draws = draws;
    this.outcome = outcome;
    this.programs = List.copyOf(programs);
  }

  public ScenarioSet scenarios() {
    return set;
  }

  /** The seed of the student's own draws. */
  public long seed() {
    return seed;
  }

  /** Per program, in the scenario set's program order. */
  public List<ProgramChance> programs() {
    return programs;
  }

  /** Scenarios K. */
  public int scenarioCount() {
    return outcome.length / draws;
  }

  /** Sets of the student's draws per scenario D. */
  public int drawsPerScenario() {
    return draws;
  }

  /** Samples K·D (the trials of every estimate). */
  public int sampleCount() {
    return outcome.length;
  }

  /** True when the student is invited at local program j in sample s (no signal). */
  public boolean invited(int s, int j) {
    return (outcome[s][j] & INVITED) != 0;
  }

  /** True when the student would match at j in sample s if they applied and ranked it. */
  public boolean matches(int s, int j) {
    return (outcome[s][j] & MATCH) != 0;
  }

  /** As {@link #invited} with a signal sent to j. */
  public boolean invitedWithSignal(int s, int j) {
    return (outcome[s][j] & INVITED_SIGNAL) != 0;
  }

  /** As {@link #matches} with a signal sent to j. */
  public boolean matchesWithSignal(int s, int j) {
    return (outcome[s][j] & MATCH_SIGNAL) != 0;
  }

  /** The outcome bits ({@link #INVITED}, {@link #MATCH}, with-signal ones) of j in sample s. */
  int bits(int s, int j) {
    return outcome[s][j];
  }
}
