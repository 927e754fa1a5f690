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
import org.smartpick.engine.match.Track;

/**
 * The fixed part of a market: the specialties and programs in a {@link MarketScope} in array form
 * (programs of one specialty are contiguous), each program's Match {@link Track}, the
 * medical-school "institutions" applicants come from (cities with academic programs), and the
 * applicant counts the scope calls for. Positions per program are estimates, labelled estimated.
 *
 * <p>One-specialty scope: the specialty's real catalog programs, all categorical. National scope:
 * the whole NRMP Main Match laid out by {@link NationalLayout} — catalog programs, extra and
 * advanced tracks, synthetic programs for specialties without catalog programs (PGY-1-only
 * tracks, …) and a residual, summing exactly to the national programs, positions and PGY-1
 * positions.
 *
 * <p>Building is O(P log P) for P programs. Immutable; arrays returned are the frame's own (do not
 * modify); thread-safe.
 */
public final class MarketFrame {
  private final MarketScope scope;
  private final List<SpecialtyFrame> specialties;
  private final Program[] programs;
  private final Track[] track;
  private final int[] specialtyOf;
  private final int[] institutionOf;
  private final double[] institutionWeight;
  private final int[] institutionDivision;
  private final int[][] homePrograms;
  private final int[] metroOf;
  private final long[] metroSpecialties;
  private final double[] primaryApplicants;
  private final double[] backupInflowBase;
  private final double nationalCompetitiveApplicants;

  private MarketFrame(MarketScope scope, List<SpecialtyFrame> specialties, List<Program> programs,
      List<Track> tracks, double[] primaryApplicants, double[] backupInflowBase,
      double nationalCompetitiveApplicants) {
    if (specialties.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " specialties per frame, got "
          + specialties.size());
    }
    this.scope = scope;
    this.specialties = List.copyOf(specialties);
    this.programs = programs.toArray(new Program[0]);
    this.track = tracks.toArray(new Track[0]);
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
    this.primaryApplicants = primaryApplicants;
    this.backupInflowBase = backupInflowBase;
    this.nationalCompetitiveApplicants = nationalCompetitiveApplicants;
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
    double signalReference = signalReference(modelled);
    if (scope.isNational()) {
      return national(catalog, modelled, imputedStep2, signalReference, parameters);
    }
    CatalogSpecialty wanted = catalog.requireSpecialty(scope.specialty().orElseThrow());
    if (!modelled.contains(wanted)) {
      throw new IllegalArgumentException("specialty '" + scope.specialty().orElseThrow()
          + "' cannot be simulated: it needs NRMP 2025 figures and catalog programs; "
          + "simulable: " + String.join(", ", modelled.stream().map(CatalogSpecialty::name)
              .toList()));
    }
    Specialty nrmp = wanted.nrmp().orElseThrow();
    List<Program> own = catalog.programsIn(wanted).stream()
        .filter(p -> p.positions().isPresent()).toList();
    int positions = own.stream().mapToInt(p -> p.positions().getAsInt()).sum();
    OptionalInt mean = nrmp.matchedStep2Mean();
    SpecialtyFrame frame = new SpecialtyFrame(nrmp.name(),
        mean.isPresent() ? mean.getAsInt() : imputedStep2, mean.isEmpty(),
        isCompetitive(nrmp, imputedStep2, parameters), signals(wanted), nrmp.nrmpApplicants(),
        positions, 0, own.size(), signalShare(wanted) / signalReference, false, 0);
    double modelledApplicants = modelled.stream()
        .mapToDouble(s -> s.nrmp().orElseThrow().nrmpApplicants()).sum();
    double primary = frame.competitive()
        ? parameters.competitivePrimaryShare()
            * NationalTracks.bundled().uniqueApplicants(nrmp.name(), nrmp.nrmpApplicants())
        : primaryBase(catalog, modelled) * nrmp.nrmpApplicants() / modelledApplicants;
    return new MarketFrame(scope, List.of(frame), own,
        java.util.Collections.nCopies(own.size(), Track.CATEGORICAL), new double[] {primary},
        backupInflow(modelled, List.of(wanted), imputedStep2, parameters),
        nationalCompetitiveApplicants(catalog, modelled, imputedStep2, parameters));
  }

  /**
   * The national scope: every NRMP specialty (those without catalog programs on synthetic
   * programs) and the residual, summing to the national totals; applicants: the 2025 active
   * applicants (T02): a competitive specialty gets {@code competitivePrimaryShare} of its NRMP
   * applicants (counted once where NRMP counts them per track,
   * {@link NationalTracks#uniqueApplicants}) as primary applicants, since few rank it as a backup;
   * the rest are spread over the other specialties in proportion to their NRMP applicant counts,
   * those without catalog programs weighted by {@code syntheticPrimaryShare} (most of their NRMP
   * applicants are advanced applicants' supplemental lists or other specialties' applicants
   * ranking them too).
   */
  private static MarketFrame national(ProgramCatalog catalog, List<CatalogSpecialty> modelled,
      double imputedStep2, double signalReference, MarketParameters parameters) {
    List<NationalLayout.Part> parts = new ArrayList<>();
    for (CatalogSpecialty s : catalog.specialties()) {
      if (s.nrmp().isEmpty() || (s.catalogName().isPresent() && !modelled.contains(s))) {
        continue;
      }
      Specialty nrmp = s.nrmp().orElseThrow();
      OptionalInt mean = nrmp.matchedStep2Mean();
      boolean pgy1Only = nrmp.name().contains("PGY-1 Only"); // NRMP: "… (PGY-1 Only)"
      parts.add(new NationalLayout.Part(nrmp, s.catalogName().map(c -> s),
          mean.isPresent() ? mean.getAsInt() : imputedStep2, mean.isEmpty(),
          isCompetitive(nrmp, imputedStep2, parameters), signals(s),
          signalShare(s) / signalReference, pgy1Only));
    }
    PublishedFigures figures = PublishedFigures.bundled();
    double nrmpApplicants = 0;
    double nrmpPositions = 0;
    for (NationalLayout.Part part : parts) {
      nrmpApplicants += part.nrmp().nrmpApplicants();
      nrmpPositions += part.nrmp().nrmpPositions();
    }
    NationalLayout.Layout layout = new NationalLayout(catalog, NationalTracks.bundled()).build(
        parts, (int) figures.target("T03"), (int) figures.target("T04"),
        (int) figures.target("T05"), imputedStep2, nrmpApplicants / nrmpPositions);
    double[] weight = new double[layout.specialties().size()];
    double[] primary = new double[weight.length];
    double otherWeight = 0;
    double rest = figures.target("T02");
    for (int s = 0; s < weight.length; s++) {
      SpecialtyFrame f = layout.specialties().get(s);
      boolean synthetic = s < parts.size() && parts.get(s).catalog().isEmpty();
      weight[s] = NationalTracks.bundled().uniqueApplicants(f.name(), f.nrmpApplicants())
          * (synthetic ? parameters.syntheticPrimaryShare() : 1);
      if (f.competitive()) {
        primary[s] = weight[s] * parameters.competitivePrimaryShare();
        rest -= primary[s];
      } else {
        otherWeight += weight[s];
      }
    }
    for (int s = 0; s < weight.length; s++) {
      if (!layout.specialties().get(s).competitive()) {
        primary[s] = rest * weight[s] / otherWeight;
      }
    }
    return new MarketFrame(MarketScope.national(), layout.specialties(), layout.programs(),
        layout.tracks(), primary, new double[weight.length],
        nationalCompetitiveApplicants(catalog, modelled, imputedStep2, parameters));
  }

  /**
   * The national primary applicants of competitive specialties (as {@link #national} draws them,
   * whatever the scope): {@code competitivePrimaryShare} of each one's NRMP applicants, counted
   * once where NRMP counts them per track.
   */
  private static double nationalCompetitiveApplicants(ProgramCatalog catalog,
      List<CatalogSpecialty> modelled, double imputedStep2, MarketParameters parameters) {
    double sum = 0;
    for (CatalogSpecialty s : catalog.specialties()) {
      if (s.nrmp().isEmpty() || (s.catalogName().isPresent() && !modelled.contains(s))) {
        continue;
      }
      Specialty nrmp = s.nrmp().orElseThrow();
      if (isCompetitive(nrmp, imputedStep2, parameters)) {
        sum += parameters.competitivePrimaryShare()
            * NationalTracks.bundled().uniqueApplicants(nrmp.name(), nrmp.nrmpApplicants())
            * (s.catalogName().isEmpty() ? parameters.syntheticPrimaryShare() : 1);
      }
    }
    return sum;
  }

  /** How many applications applicants send (the same national normaliser in every scope). */
  ApplicationVolume applicationVolume(MarketParameters parameters) {
    return new ApplicationVolume(nationalCompetitiveApplicants,
        PublishedFigures.bundled().target("T02"), parameters);
  }

  private static int signals(CatalogSpecialty s) {
    return s.latestSignals().map(a -> a.total()).orElse(0);
  }

  // Signals per applicant over the specialty's NRMP programs: the share of programs one can signal.
  static double signalShare(CatalogSpecialty s) {
    return signals(s) / (double) s.nrmp().orElseThrow().nrmpPrograms();
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
   * One-specialty scope of a specialty that is not competitive: applicants of the four types in
   * 2025 for the catalog specialties' share of positions (spread over them in proportion to their
   * NRMP applicant counts; unchanged from before the national layout). A competitive specialty
   * gets {@code competitivePrimaryShare} of its unique NRMP applicants instead, as in the national
   * scope (it receives no backup applicants, so NRMP's count is of its own applicants).
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
   * Expected primary applicants of a specialty (before the pool scale): national scope, the 2025
   * active applicants spread by NRMP applicant counts (see {@link #of}); one specialty, its share
   * of the four types' active applicants for the catalog specialties' positions; in both scopes a
   * competitive specialty, {@code competitivePrimaryShare} of its unique NRMP applicants.
   */
  public double primaryApplicants(int specialty) {
    return primaryApplicants[specialty];
  }

  /** The Match track of a program (categorical, PGY-1 only, or advanced). */
  public Track track(int program) {
    return track[program];
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
