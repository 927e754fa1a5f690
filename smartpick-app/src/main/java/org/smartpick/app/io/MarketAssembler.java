package org.smartpick.app.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.app.io.JsonCursor.Located;
import org.smartpick.app.io.JsonCursor.Where;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;

/**
 * Turns a {@link RawMarket} into a {@link MatchInstance}: declares programs, couples (members
 * first, so couple members take the lowest applicant indices) and single applicants, then resolves
 * every id in rank lists, supplemental lists, pairs and reversions. Every problem (duplicate or
 * unknown id, a couple member also declared as a single, a program listed twice, an ADVANCED
 * program on a supplemental list, a program reverting to itself) is reported with the JSON path
 * and line:column of the offending value. One assembler per document; not thread-safe.
 */
final class MarketAssembler {
  private final JsonCursor errors;
  private final MatchInstance.Builder builder = MatchInstance.builder();
  private final Map<String, Where> programDeclared = new HashMap<>();
  private final Map<String, Where> applicantDeclared = new HashMap<>();
  private final Map<String, String> coupleOfMember = new HashMap<>();
  private final Map<String, Where> coupleDeclared = new HashMap<>();
  private final Map<String, Track> programTrack = new HashMap<>();

  MarketAssembler(JsonCursor errors) {
    this.errors = errors;
  }

  MatchInstance assemble(RawMarket raw) {
    for (RawMarket.Program program : raw.programs()) {
      declareProgram(program);
    }
    for (RawMarket.Couple couple : raw.couples()) {
      declareCouple(couple);
    }
    for (RawMarket.Applicant applicant : raw.applicants()) {
      declareSingle(applicant);
    }
    for (RawMarket.Program program : raw.programs()) {
      resolveProgram(program);
    }
    for (RawMarket.Applicant applicant : raw.applicants()) {
      resolveApplicant(applicant);
    }
    for (RawMarket.Couple couple : raw.couples()) {
      resolveCouple(couple);
    }
    rejectReversionCycles(raw.programs());
    return builder.build();
  }

  /** Reports the first reversion chain that loops back, at the revertTo that closes it. */
  private void rejectReversionCycles(List<RawMarket.Program> programs) {
    Map<String, RawMarket.Program> byId = new HashMap<>();
    for (RawMarket.Program program : programs) {
      byId.put(program.id().value(), program);
    }
    Map<String, Integer> state = new HashMap<>(); // 1 on the current chain, 2 known to end
    for (RawMarket.Program start : programs) {
      RawMarket.Program p = start;
      while (p != null && !state.containsKey(p.id().value())) {
        state.put(p.id().value(), 1);
        p = p.revertTo() == null ? null : byId.get(p.revertTo().value());
      }
      if (p != null && state.get(p.id().value()) == 1) {
        StringBuilder chain = new StringBuilder("'" + p.id().value() + "'");
        RawMarket.Program q = p;
        do {
          q = byId.get(q.revertTo().value());
          chain.append(" -> '").append(q.id().value()).append("'");
        } while (q != p);
        throw errors.fail(p.revertTo().where(), "reversion chain forms a cycle " + chain);
      }
      for (RawMarket.Program q = start; q != null && state.get(q.id().value()) == 1;
          q = q.revertTo() == null ? null : byId.get(q.revertTo().value())) {
        state.put(q.id().value(), 2);
      }
    }
  }

  private void declareProgram(RawMarket.Program program) {
    Located id = program.id();
    Where first = programDeclared.putIfAbsent(id.value(), id.where());
    if (first != null) {
      throw errors.fail(id.where(), "duplicate program id '" + id.value() + "' (first declared at "
          + first.describe() + ")");
    }
    programTrack.put(id.value(), program.track());
    builder.addProgram(id.value(), program.capacity(), program.track());
  }

  private void declareCouple(RawMarket.Couple couple) {
    Located id = couple.id();
    Where first = coupleDeclared.putIfAbsent(id.value(), id.where());
    if (first != null) {
      throw errors.fail(id.where(), "duplicate couple id '" + id.value() + "' (first declared at "
          + first.describe() + ")");
    }
    if (couple.first().value().equals(couple.second().value())) {
      throw errors.fail(couple.second().where(), "a couple has two different members, both are '"
          + couple.first().value() + "'");
    }
    declareApplicant(couple.first(), id.value());
    declareApplicant(couple.second(), id.value());
    builder.addCouple(id.value(), couple.first().value(), couple.second().value());
  }

  private void declareSingle(RawMarket.Applicant applicant) {
    declareApplicant(applicant.id(), null);
    builder.addSingle(applicant.id().value());
  }

  private void declareApplicant(Located id, String couple) {
    Where first = applicantDeclared.putIfAbsent(id.value(), id.where());
    if (first == null) {
      if (couple != null) {
        coupleOfMember.put(id.value(), couple);
      }
      return;
    }
    String existingCouple = coupleOfMember.get(id.value());
    if (couple == null && existingCouple != null) {
      throw errors.fail(id.where(), "applicant '" + id.value() + "' is a member of couple '"
          + existingCouple + "' (" + first.describe() + "); couple members are declared only "
          + "inside couples, not also as single applicants");
    }
    throw errors.fail(id.where(), "duplicate applicant id '" + id.value() + "' (first declared at "
        + first.describe() + ")");
  }

  private void resolveProgram(RawMarket.Program raw) {
    int program = builder.programIndex(raw.id().value());
    Located revertTo = raw.revertTo();
    if (revertTo != null) {
      int receiver = programIndex(revertTo);
      if (receiver == program) {
        throw errors.fail(revertTo.where(), "program '" + revertTo.value()
            + "' cannot revert its positions to itself");
      }
      builder.revertTo(program, receiver);
    }
    List<Located> list = raw.rankList();
    int[] applicants = new int[list.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < applicants.length; i++) {
      Located entry = list.get(i);
      applicants[i] = builder.applicantIndex(entry.value());
      if (applicants[i] == MatchInstance.NONE) {
        throw errors.fail(entry.where(), "unknown applicant id '" + entry.value()
            + "' (not declared in applicants or as a couple member)");
      }
      requireFirstTime(seen, entry, "applicant");
    }
    builder.programRankList(program, applicants);
  }

  private void resolveApplicant(RawMarket.Applicant raw) {
    int applicant = builder.applicantIndex(raw.id().value());
    builder.applicantRankList(applicant, programs(raw.rankList()));
    int[] supplemental = programs(raw.supplementalList());
    for (int i = 0; i < supplemental.length; i++) {
      Located entry = raw.supplementalList().get(i);
      if (programTrack.get(entry.value()) == Track.ADVANCED) {
        throw errors.fail(entry.where(), "program '" + entry.value() + "' is ADVANCED; a "
            + "supplemental list ranks PGY-1 positions (CATEGORICAL or PGY1 programs)");
      }
    }
    builder.supplementalList(applicant, supplemental);
  }

  private void resolveCouple(RawMarket.Couple raw) {
    int couple = builder.coupleIndex(raw.id().value());
    int[] flat = new int[2 * raw.rankList().size()];
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < raw.rankList().size(); k++) {
      RawMarket.Pair pair = raw.rankList().get(k);
      flat[2 * k] = pair.first() == null ? MatchInstance.NONE : programIndex(pair.first());
      flat[2 * k + 1] = pair.second() == null ? MatchInstance.NONE : programIndex(pair.second());
      String key = name(pair.first()) + "\u0000" + name(pair.second());
      if (!seen.add(key)) {
        throw errors.fail(pair.where(), "pair [" + name(pair.first()) + ", " + name(pair.second())
            + "] is listed twice");
      }
    }
    builder.coupleRankList(couple, flat);
  }

  private static String name(Located side) {
    return side == null ? "null" : "'" + side.value() + "'";
  }

  private int[] programs(List<Located> list) {
    int[] programs = new int[list.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < programs.length; i++) {
      programs[i] = programIndex(list.get(i));
      requireFirstTime(seen, list.get(i), "program");
    }
    return programs;
  }

  private int programIndex(Located id) {
    int index = builder.programIndex(id.value());
    if (index == MatchInstance.NONE) {
      throw errors.fail(id.where(), "unknown program id '" + id.value() + "'");
    }
    return index;
  }

  private void requireFirstTime(Set<String> seen, Located entry, String kind) {
    if (!seen.add(entry.value())) {
      throw errors.fail(entry.where(), kind + " '" + entry.value() + "' is listed twice");
    }
  }
}
