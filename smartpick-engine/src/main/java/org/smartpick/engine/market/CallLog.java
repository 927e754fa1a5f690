package org.smartpick.engine.market;

import java.util.Arrays;

/**
 * Every backchannel call of one replica, compactly as parallel primitive arrays (index = call):
 * about which applicant, at which program, in which {@link CyclePhase}, of which {@link CallType}
 * and {@link CallReason}, by which {@link CallerRole} of which {@link Standing}, whether the
 * program director knows the caller, and the effect on the applicant's file or rank score
 * (positive moves them up).
 *
 * <p>Appending is amortised O(1). Once the cycle is over the log is only read; reading is
 * thread-safe, appending is not.
 */
public final class CallLog {
  private static final int REPLICA_CAPACITY = 1024;
  private static final CyclePhase[] PHASES = CyclePhase.values();
  private static final CallType[] TYPES = CallType.values();
  private static final CallReason[] REASONS = CallReason.values();
  private static final CallerRole[] ROLES = CallerRole.values();

  private int size;
  private int[] applicant;
  private int[] program;
  private byte[] phase;
  private byte[] type;
  private byte[] reason;
  private byte[] role;
  private byte[] standing;
  private boolean[] known;
  private float[] effect;

  /** An empty log sized for a replica's calls. */
  public CallLog() {
    this(REPLICA_CAPACITY);
  }

  /** An empty log with room for {@code capacity} calls before it grows (at least 1). */
  CallLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    applicant = new int[capacity];
    program = new int[capacity];
    phase = new byte[capacity];
    type = new byte[capacity];
    reason = new byte[capacity];
    role = new byte[capacity];
    standing = new byte[capacity];
    known = new boolean[capacity];
    effect = new float[capacity];
  }

  /** A recorded call (used to append one). */
  record Call(int applicant, int program, CyclePhase phase, CallType type, CallReason reason,
      CallerRole role, Standing standing, boolean known, double effect) {
  }

  void add(Call call) {
    if (size == applicant.length) {
      grow();
    }
    applicant[size] = call.applicant();
    program[size] = call.program();
    phase[size] = (byte) call.phase().ordinal();
    type[size] = (byte) call.type().ordinal();
    reason[size] = (byte) call.reason().ordinal();
    role[size] = (byte) call.role().ordinal();
    standing[size] = (byte) call.standing().ordinal();
    known[size] = call.known();
    effect[size] = (float) call.effect();
    size++;
  }

  private void grow() {
    int capacity = applicant.length * 2;
    applicant = Arrays.copyOf(applicant, capacity);
    program = Arrays.copyOf(program, capacity);
    phase = Arrays.copyOf(phase, capacity);
    type = Arrays.copyOf(type, capacity);
    reason = Arrays.copyOf(reason, capacity);
    role = Arrays.copyOf(role, capacity);
    standing = Arrays.copyOf(standing, capacity);
    known = Arrays.copyOf(known, capacity);
    effect = Arrays.copyOf(effect, capacity);
  }

  /** Forgets every call, keeping the capacity (for a log reused per evaluation). */
  void clear() {
    size = 0;
  }

  /** Number of calls. */
  public int size() {
    return size;
  }

  public int applicant(int call) {
    return applicant[check(call)];
  }

  public int program(int call) {
    return program[check(call)];
  }

  public CyclePhase phase(int call) {
    return PHASES[phase[check(call)]];
  }

  public CallType type(int call) {
    return TYPES[type[check(call)]];
  }

  public CallReason reason(int call) {
    return REASONS[reason[check(call)]];
  }

  public CallerRole role(int call) {
    return ROLES[role[check(call)]];
  }

  public Standing standing(int call) {
    return Standing.of(standing[check(call)]);
  }

  /** True when the program director knows the caller. */
  public boolean known(int call) {
    return known[check(call)];
  }

  /** The call's effect on the file score (before interviews) or rank score (after). */
  public double effect(int call) {
    return effect[check(call)];
  }

  private int check(int call) {
    if (call < 0 || call >= size) {
      throw new IndexOutOfBoundsException("call " + call + " of " + size);
    }
    return call;
  }
}
