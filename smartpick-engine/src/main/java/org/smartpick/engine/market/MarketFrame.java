package org.smartpick.engine.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.Specialty;

/**
 * The fixed part of a market: the specialties and real catalog programs in a {@link MarketScope}
 * in array form (programs of one specialty are contiguous), the medical-school "institutions"
 * applicants come from (cities with academic programs), and the applicant counts the scope calls
 * for. Positions are the catalog's estimates (NRMP totals split over programs), labelled estimated.
 *
 * <p>Specialties in scope: NRMP specialties with programs in the catalog. PGY-1-only tracks
 * (preliminary, transitional) have no catalog programs and are not modelled.
 *
 * <p>Building is O(P log P) for P programs. Immutable; arrays returned are the frame's own (do not
 * modify); thread-safe.
 */
public final class MarketFrame {
  private final MarketScope scope;
  private final List<SpecialtyFrame> specialties;
  private final Program[] programs;
  private final int[] specialtyOf;
  private final int[] institutionOf;
  private final double[] institutionWeight;
  private final int[] institutionDivision;
  private final int[][] homePrograms;
  private final int[] metroOf;
  private final long[] metroSpecialties;
  private final double primaryApplicantsBase;
  private final double modelledNrmpApplicants;
  private final double[] backupInflowBase;

  private MarketFrame(MarketScope scope, List<SpecialtyFrame> specialties, List<Program> programs,
      double primaryApplicantsBase, double modelledNrmpApplicants, double[] backupInflowBase) {
    if (specialties.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " specialties per frame, got "
          + specialties.size());
    }
    this.scope = scope;
    this.specialties = List.copyOf(specialties);
    this.programs = programs.toArray(new Program[0]);
    this.specialtyOf = new int[this.programs.length];
    for (int s = 0; s < specialties.size(); s++) {
      SpecialtyFrame f = specialties.get(s);
      for (int p = f.firstProgram(); p < f.endProgram(); p++) {
        specialtyOf[p] = s;
      }
    }
    Map<String, Integer> cities = new HashMap<>();
    List<Double> weights = new ArrayList<>();
    List<Integer> divisions = new ArrayList<>();
    for (Program p : ProgramCatalog.bundled().programs()) {
      if (p.academic()) {
        Integer id = cities.get(cityKey(p));
        if (id == null) {
          id = weights.size();
          cities.put(cityKey(p), id);
          weights.add(0.0);
          divisions.add(p.division().ordinal());
        }
        weights.set(id, weights.get(id) + 1);
      }
    }
    institutionOf = new int[this.programs.length];
    for (int p = 0; p < this.programs.length; p++) {
      Program program = this.programs[p];
      institutionOf[p] = program.academic() ? cities.get(cityKey(program)) : -1;
    }
    institutionWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
    institutionDivision = divisions.stream().mapToInt(Integer::intValue).toArray();
    homePrograms = new int[institutionWeight.length][specialties.size()];
    for (int p = 0; p < this.programs.length; p++) {
      if (institutionOf[p] >= 0) {
        homePrograms[institutionOf[p]][specialtyOf[p]]++;
      }
    }
    Map<String, Integer> metros = new HashMap<>();
    metroOf = new int[this.programs.length];
    for (int p = 0; p < this.programs.length; p++) {
      metroOf[p] = metros.computeIfAbsent(cityKey(this.programs[p]), k -> metros.size());
    }
    metroSpecialties = new long[metros.size()];
    for (int p = 0; p < this.programs.length; p++) {
      metroSpecialties[metroOf[p]] |= 1L << specialtyOf[p];
    }
    this.primaryApplicantsBase = primaryApplicantsBase;
    this.modelledNrmpApplicants = modelledNrmpApplicants;
    this.backupInflowBase = backupInflowBase;
  }

  private static String cityKey(Program p) {
    return p.city() + "|" + p.state().name();
  }

  /**
   * Whether a specialty has a program in the same city as a program (the metro couples coordinate
   * on); O(1).
   */
  public boolean metroHas(int program, int specialty) {
    return specialty >= 0 && (metroSpecialties[metroOf[program]] & (1L << specialty)) != 0;
  }

  /**
   * The frame of a scope over the bundled catalog.
   *
   * @throws IllegalArgumentException for an unknown specialty (listing valid names) or one without
   *     catalog programs and NRMP figures
   */
  public static MarketFrame of(MarketScope scope, MarketParameters parameters) {
    ProgramCatalog catalog = ProgramCatalog.bundled();
    List<CatalogSpecialty> modelled = modelledSpecialties(catalog);
    double weightedStep2 = 0;
    int weightedPositions = 0;
    for (CatalogSpecialty s : modelled) {
      OptionalInt mean = s.nrmp().orElseThrow().matchedStep2Mean();
      if (mean.isPresent()) {
        weightedStep2 += mean.getAsInt() * (double) s.nrmp().orElseThrow().nrmpPositions();
        weightedPositions += s.nrmp().orElseThrow().nrmpPositions();
      }
    }
    double imputedStep2 = weightedStep2 / weightedPositions;
    List<CatalogSpecialty> chosen = modelled;
    if (!scope.isNational()) {
      CatalogSpecialty wanted = catalog.requireSpecialty(scope.specialty().orElseThrow());
      if (!modelled.contains(wanted)) {
        throw new IllegalArgumentException("specialty '" + scope.specialty().orElseThrow()
            + "' cannot be simulated: it needs NRMP 2025 figures and catalog programs; "
            + "simulable: " + String.join(", ", modelled.stream().map(CatalogSpecialty::name)
                .toList()));
      }
      chosen = List.of(wanted);
    }
    double signalReference = signalReference(modelled);
    List<SpecialtyFrame> frames = new ArrayList<>();
    List<Program> programs = new ArrayList<>();
    for (CatalogSpecialty s : chosen) {
      Specialty nrmp = s.nrmp().orElseThrow();
      List<Program> own = catalog.programsIn(s).stream()
          .filter(p -> p.positions().isPresent()).toList();
      int positions = own.stream().mapToInt(p -> p.positions().getAsInt()).sum();
      OptionalInt mean = nrmp.matchedStep2Mean();
      double step2 = mean.isPresent() ? mean.getAsInt() : imputedStep2;
      int signals = s.latestSignals().map(a -> a.total()).orElse(0);
      frames.add(new SpecialtyFrame(nrmp.name(), step2, mean.isEmpty(),
          isCompetitive(nrmp, imputedStep2, parameters), signals, nrmp.nrmpApplicants(), positions,
          programs.size(), own.size(), signalShare(s) / signalReference));
      programs.addAll(own);
    }
    double modelledApplicants = modelled.stream()
        .mapToDouble(s -> s.nrmp().orElseThrow().nrmpApplicants()).sum();
    return new MarketFrame(scope, frames, programs, primaryBase(catalog, modelled),
        modelledApplicants,
        backupInflow(modelled, chosen, imputedStep2, parameters));
  }

  // Signals per applicant over the specialty's NRMP programs: the share of programs one can signal.
  static double signalShare(CatalogSpecialty s) {
    return s.latestSignals().map(a -> a.total()).orElse(0)
        / (double) s.nrmp().orElseThrow().nrmpPrograms();
  }

  // Applicant-weighted geometric mean of the signal share over the modelled specialties with
  // signals: the "typical specialty" a signal share is measured against (the same in any scope).
  static double signalReference(List<CatalogSpecialty> modelled) {
    double weight = 0;
    double logShare = 0;
    for (CatalogSpecialty s : modelled) {
      if (signalShare(s) > 0) {
        double applicants = s.nrmp().orElseThrow().nrmpApplicants();
        weight += applicants;
        logShare += applicants * Math.log(signalShare(s));
      }
    }
    return Math.exp(logShare / weight);
  }

  /** NRMP specialties with catalog programs whose positions are known. */
  static List<CatalogSpecialty> modelledSpecialties(ProgramCatalog catalog) {
    return catalog.specialties().stream()
        .filter(s -> s.nrmp().isPresent() && s.catalogName().isPresent())
        .filter(s -> catalog.programsIn(s).stream().anyMatch(p -> p.positions().isPresent()))
        .toList();
  }

  /**
   * Applicants of the four types in 2025 for the modelled share of positions, spread over the
   * modelled specialties in proportion to their NRMP applicant counts.
   */
  private static double primaryBase(ProgramCatalog catalog, List<CatalogSpecialty> modelled) {
    long allPositions = catalog.specialties().stream().filter(s -> s.nrmp().isPresent())
        .mapToLong(s -> s.nrmp().orElseThrow().nrmpPositions()).sum();
    long modelledPositions = modelled.stream()
        .mapToLong(s -> s.nrmp().orElseThrow().nrmpPositions()).sum();
    return PublishedFigures.bundled().activeApplicants() * (double) modelledPositions / allPositions;
  }

  /**
   * For a one-specialty scope, the expected applicants from other specialties who rank it as a
   * backup (before their presence probability); zero entries for the national scope.
   */
  private static double[] backupInflow(List<CatalogSpecialty> modelled, List<CatalogSpecialty> chosen,
      double imputedStep2, MarketParameters parameters) {
    double[] inflow = new double[chosen.size()];
    if (chosen.size() == modelled.size()) {
      return inflow;
    }
    double totalApplicants = modelled.stream()
        .mapToDouble(s -> s.nrmp().orElseThrow().nrmpApplicants()).sum();
    Specialty target = chosen.get(0).nrmp().orElseThrow();
    if (isCompetitive(target, imputedStep2, parameters)) {
      return inflow;
    }
    double base = PublishedFigures.bundled().activeApplicants();
    for (CatalogSpecialty t : modelled) {
      Specialty from = t.nrmp().orElseThrow();
      if (from.name().equals(target.name())) {
        continue;
      }
      double backupPositions = modelled.stream().map(u -> u.nrmp().orElseThrow())
          .filter(u -> !u.name().equals(from.name()) && !isCompetitive(u, imputedStep2, parameters))
          .mapToDouble(Specialty::nrmpPositions).sum();
      double share = isCompetitive(from, imputedStep2, parameters)
          ? parameters.backupShareCompetitive() : parameters.backupShareOther();
      inflow[0] += base * from.nrmpApplicants() / totalApplicants * share
          * target.nrmpPositions() / backupPositions;
    }
    return inflow;
  }

  private static boolean isCompetitive(Specialty s, double imputedStep2, MarketParameters p) {
    OptionalInt mean = s.matchedStep2Mean();
    return (mean.isPresent() ? mean.getAsInt() : imputedStep2) >= p.competitiveStep2Mean();
  }

  public MarketScope scope() {
    return scope;
  }

  public List<SpecialtyFrame> specialties() {
    return specialties;
  }

  public int programCount() {
    return programs.length;
  }

  public Program program(int index) {
    return programs[index];
  }

  /** The frame index of the program's specialty. */
  public int specialtyOf(int program) {
    return specialtyOf[program];
  }

  /** The institution (academic city) a program belongs to, or -1 for a community program. */
  public int institutionOf(int program) {
    return institutionOf[program];
  }

  /** Number of institutions (cities with an academic program anywhere in the catalog). */
  public int institutionCount() {
    return institutionWeight.length;
  }

  /** Sampling weight of each institution (its academic programs in the catalog; do not modify). */
  public double[] institutionWeights() {
    return institutionWeight;
  }

  /** Census division ordinal of an institution. */
  public int institutionDivision(int institution) {
    return institutionDivision[institution];
  }

  /**
   * Expected primary applicants of a specialty (before the pool scale): the 2025 active applicants
   * of the four types, for the modelled share of positions, in proportion to NRMP applicants.
   */
  public double primaryApplicants(int specialty) {
    return primaryApplicantsBase * specialties.get(specialty).nrmpApplicants()
        / modelledNrmpApplicants;
  }

  /** Number of the institution's programs in a specialty of the frame. */
  public int homePrograms(int institution, int specialty) {
    return homePrograms[institution][specialty];
  }

  /** Expected backup applicants flowing into a specialty of a one-specialty scope (else 0). */
  public double backupInflow(int specialty) {
    return backupInflowBase[specialty];
  }
}
