package org.smartpick.bench.market;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.CycleSimulator;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.simulate.MonteCarlo;

/**
 * Bench command for the market model: wall time and memory of one replica (generate + cycle +
 * Match) for the national Match and for one specialty, and the Monte Carlo speed-up with 2 threads
 * versus 1. Prints a Markdown table for BENCHMARKS.md. Arguments: {@code [replicas] [specialty]}
 * (defaults 4 and Orthopaedic Surgery). Seeds are fixed (printed).
 */
public final class MarketBench {
  private static final long SEED = 2025;

  private MarketBench() {
  }

  public static void main(String[] args) {
    int replicas = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    String specialty = args.length > 1 ? args[1] : "Orthopaedic Surgery";
    MarketParameters p = MarketParameters.defaults();
    MarketFrame national = MarketFrame.of(MarketScope.national(), p);
    MarketFrame single = MarketFrame.of(MarketScope.specialty(specialty), p);
    System.out.println("seed " + SEED + ", " + Runtime.getRuntime().availableProcessors()
        + " processors, Java " + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
    System.out.println();
    System.out.println("| case | replicas | threads | s per replica | CPU s per replica "
        + "| MiB allocated per replica | outcome retained (MiB) | speed-up |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    row("national replica", national, p, 1 + replicas / 2);
    row("one specialty (" + specialty + ")", single, p, 5 * replicas);
    double t1 = monteCarlo(national, p, replicas, 1);
    double t2 = monteCarlo(national, p, replicas, 2);
    System.out.printf(Locale.ROOT, "| national Monte Carlo | %d | 1 | %.2f | | | | 1.00 |%n",
        replicas, t1 / replicas);
    System.out.printf(Locale.ROOT, "| national Monte Carlo | %d | 2 | %.2f | | | | %.2f |%n",
        replicas, t2 / replicas, t1 / t2);
  }

  private static void row(String name, MarketFrame frame, MarketParameters p, int runs) {
    CycleSimulator.simulate(frame, p, SEED);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long bytes = threads.getThreadAllocatedBytes(id);
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int r = 0; r < runs; r++) {
      CycleSimulator.simulate(frame, p, SEED + r);
    }
    double seconds = (System.nanoTime() - start) / 1e9 / runs;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9 / runs;
    double allocated = (threads.getThreadAllocatedBytes(id) - bytes) / 1048576.0 / runs;
    double before = usedAfterGc();
    CycleOutcome kept = CycleSimulator.simulate(frame, p, SEED);
    double retained = usedAfterGc() - before;
    java.lang.ref.Reference.reachabilityFence(kept);
    System.out.printf(Locale.ROOT, "| %s | %d | 1 | %.2f | %.2f | %.0f | %.0f | |%n", name, runs,
        seconds, cpuSeconds, allocated, retained);
  }

  private static double usedAfterGc() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
  }

  private static double monteCarlo(MarketFrame frame, MarketParameters p, int replicas,
      int threads) {
    long start = System.nanoTime();
    new MonteCarlo(replicas, threads).run(frame, p, SEED, (d, t) -> { }, () -> false);
    return (System.nanoTime() - start) / 1e9;
  }
}
