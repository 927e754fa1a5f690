package org.smartpick.engine.simulate;

/**
 * The outcome of a Monte Carlo study.
 *
 * @param seed the study seed (print it: the same seed reproduces the study)
 * @param replicasRequested replicas asked for
 * @param replicasDone replicas finished and summarised
 * @param cancelled true if the run was cancelled before all replicas finished
 * @param summary metric means and intervals over the finished replicas
 */
public record MonteCarloResult(long seed, int replicasRequested, int replicasDone,
    boolean cancelled, MetricSummary summary) {
}
