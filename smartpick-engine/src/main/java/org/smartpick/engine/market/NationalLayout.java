package org.smartpick.engine.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.PositionEstimator;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.Specialty;
import org.smartpick.engine.match.Track;

/**
 * The programs of the whole NRMP Main Match (the national scope), laid out specialty by specialty
 * so that programs, positions and PGY-1 positions sum exactly to the published national totals
 * (T03, T04, T05 of {@code calibration-targets.csv}). Everything synthetic is estimated:
 *
 * <ul>
 *   <li>Specialties with catalog programs keep them; where the NRMP counts more programs (it counts
 *       program tracks, e.g. a categorical and an advanced track at one hospital) the difference
 *       becomes extra tracks at catalog programs of the specialty.
 *   <li>Advanced (PGY-2) positions and programs come from {@link NationalTracks}: the extra tracks
 *       are advanced first, then catalog programs in a fixed pseudo-random order; advanced and
 *       other positions are each split over their programs by {@link PositionEstimator}.
 *   <li>NRMP specialties without catalog programs (PGY-1-only tracks, Medicine-Primary, …) get
 *       their NRMP number of synthetic programs placed at catalog programs of a host specialty
 *       (same city, location and academic flag).
 *   <li>A residual "Other specialties" takes the programs and positions the listed specialties
 *       leave to the national totals (specialties the data does not list, physician positions),
 *       placed at catalog programs of any specialty; its PGY-1/advanced split is what the totals
 *       leave.
 * </ul>
 *
 * <p>Synthetic programs have ids {@code 99ssnnnnnn} (s = specialty index, n = sequence), which no
 * ACGME id uses. Deterministic, O(P log P); stateless.
 */
final class NationalLayout {
  /** The name of the residual specialty. */
  static final String RESIDUAL = "Other specialties (residual)";
  /** The NRMP name of the transitional year, a PGY-1-only track on synthetic programs. */
  static final String TRANSITIONAL = "Transitional (PGY-1 Only)";
  /** Id prefix of synthetic programs and extra tracks; no ACGME id starts with it. */
  private static final String SYNTHETIC_PREFIX = "99";

  /** The laid-out specialties with their programs (contiguous, in specialty order). */
  record Layout(List<SpecialtyFrame> specialties, List<Program> programs, List<Track> tracks) {
  }

  /** One specialty before its frame: NRMP figures and the derived facts the frame needs. */
  record Part(Specialty nrmp, Optional<CatalogSpecialty> catalog, double step2, boolean estimated,
      boolean competitive, int signals, double relativeSignalShare, boolean pgy1Only) {
  }

  private final ProgramCatalog catalog;
  private final NationalTracks tracks;
  private final List<Program> programs = new ArrayList<>();
  private final List<Track> trackOf = new ArrayList<>();
  private final List<SpecialtyFrame> frames = new ArrayList<>();

  NationalLayout(ProgramCatalog catalog, NationalTracks tracks) {
    this.catalog = catalog;
    this.tracks = tracks;
  }

  /**
   * Lays out the parts (in order) and the residual.
   *
   * @param residualStep2 the Step 2 mean used for the residual (estimated)
   * @throws IllegalStateException if the listed specialties exceed the national totals
   */
  Layout build(List<Part> parts, int programTotal, int positionTotal, int pgy1Total,
      double residualStep2, double residualApplicantsPerPosition) {
    for (Part part : parts) {
      if (part.catalog().isPresent()) {
        addCatalogSpecialty(part);
      } else {
        addSynthetic(part, hosts(part.nrmp().name()), part.nrmp().nrmpPrograms(),
            part.nrmp().nrmpPositions(), 0, part.nrmp().nrmpApplicants());
      }
    }
    int advancedTotal = positionTotal - pgy1Total;
    int restPrograms = programTotal - programs.size();
    int restPositions = positionTotal - frames.stream().mapToInt(SpecialtyFrame::positions).sum();
    int restAdvanced = advancedTotal
        - frames.stream().mapToInt(SpecialtyFrame::advancedPositions).sum();
    if (restPrograms < 1 || restPositions < restPrograms || restAdvanced < 0
        || restAdvanced > restPositions) {
      throw new IllegalStateException("listed specialties do not fit the national totals: residual "
          + restPrograms + " programs, " + restPositions + " positions, " + restAdvanced
          + " advanced");
    }
    List<Program> anyHost = new ArrayList<>();
    for (Part part : parts) {
      part.catalog().ifPresent(c -> anyHost.addAll(catalogPrograms(c)));
    }
    Specialty residual = new Specialty(RESIDUAL, Optional.empty(), restPrograms, restPositions,
        (int) Math.round(restPositions * residualApplicantsPerPosition), OptionalInt.empty(),
        java.util.OptionalDouble.empty());
    addSynthetic(new Part(residual, Optional.empty(), residualStep2, true, false, 0, 0, false),
        hashOrder(anyHost), restPrograms, restPositions, restAdvanced,
        residual.nrmpApplicants());
    return new Layout(List.copyOf(frames), List.copyOf(programs), List.copyOf(trackOf));
  }

  private void addCatalogSpecialty(Part part) {
    Specialty nrmp = part.nrmp();
    List<Program> own = catalogPrograms(part.catalog().orElseThrow());
    int extra = Math.max(0, nrmp.nrmpPrograms() - own.size());
    int advancedPositions = tracks.advancedPositions(nrmp.name());
    if (extra == 0 && advancedPositions == 0) {
      add(part, own, new boolean[own.size()], 0, own.stream()
          .mapToInt(p -> p.positions().getAsInt()).toArray(), nrmp.nrmpApplicants());
      return;
    }
    List<Program> all = new ArrayList<>(own);
    List<Program> hosts = hashOrder(own);
    for (int k = 0; k < extra; k++) {
      all.add(synthetic(hosts.get(k % hosts.size()), nrmp.name(), "track", k));
    }
    int count = all.size();
    int advancedPrograms = advancedPositions == 0 ? 0 : clamp(tracks.row(nrmp.name())
        .flatMap(r -> r.advancedPrograms().isPresent()
            ? Optional.of(r.advancedPrograms().getAsInt()) : Optional.empty())
        .orElse((int) Math.round((double) nrmp.nrmpPrograms() * advancedPositions
            / nrmp.nrmpPositions())), count, advancedPositions, nrmp.nrmpPositions());
    boolean[] advanced = new boolean[count];
    for (int k = 0; k < Math.min(extra, advancedPrograms); k++) {
      advanced[own.size() + k] = true;
    }
    List<Program> order = hashOrder(own);
    for (int k = 0; k < advancedPrograms - Math.min(extra, advancedPrograms); k++) {
      advanced[own.indexOf(order.get(k))] = true;
    }
    add(part, all, advanced, advancedPositions,
        split(all, advanced, advancedPositions, nrmp.nrmpPositions()), nrmp.nrmpApplicants());
  }

  // Advanced programs: at least 1, leaving at least one other program, at most one per position.
  private static int clamp(int wanted, int programs, int advancedPositions, int positions) {
    int most = Math.min(advancedPositions, programs - 1);
    int least = Math.max(1, programs - (positions - advancedPositions));
    return Math.max(least, Math.min(most, wanted));
  }

  private void addSynthetic(Part part, List<Program> hosts, int count, int positions,
      int advancedPositions, int applicants) {
    if (hosts.isEmpty()) {
      throw new IllegalStateException(part.nrmp().name() + ": no catalog programs to host it");
    }
    List<Program> all = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      all.add(synthetic(hosts.get(k % hosts.size()), part.nrmp().name(), "synthetic", k));
    }
    int advancedPrograms = advancedPositions == 0 ? 0
        : clamp((int) Math.round((double) count * advancedPositions / positions), count,
            advancedPositions, positions);
    boolean[] advanced = new boolean[count];
    for (int k = 0; k < advancedPrograms; k++) {
      advanced[k] = true;
    }
    add(part, all, advanced, advancedPositions, split(all, advanced, advancedPositions, positions),
        applicants);
  }

  private void add(Part part, List<Program> own, boolean[] advanced, int advancedPositions,
      int[] positions, int applicants) {
    int first = programs.size();
    int total = 0;
    for (int k = 0; k < own.size(); k++) {
      Program p = own.get(k);
      programs.add(p.positions().isPresent() && p.positions().getAsInt() == positions[k]
          ? p : p.withPositions(OptionalInt.of(positions[k]), Provenance.ESTIMATED));
      trackOf.add(advanced[k] ? Track.ADVANCED
          : part.pgy1Only() ? Track.PGY1 : Track.CATEGORICAL);
      total += positions[k];
    }
    frames.add(new SpecialtyFrame(part.nrmp().name(), part.step2(), part.estimated(),
        part.competitive(), part.signals(), applicants, total, first, own.size(),
        part.relativeSignalShare(), part.pgy1Only(), advancedPositions));
  }

  // Advanced positions over advanced programs, the rest over the others, by size weight.
  private static int[] split(List<Program> all, boolean[] advanced, int advancedPositions,
      int positions) {
    int[] result = new int[all.size()];
    for (boolean side : new boolean[] {true, false}) {
      List<Integer> members = new ArrayList<>();
      for (int k = 0; k < all.size(); k++) {
        if (advanced[k] == side) {
          members.add(k);
        }
      }
      double[] weights = members.stream()
          .mapToDouble(k -> PositionEstimator.weight(all.get(k).academic())).toArray();
      int[] shares = PositionEstimator.apportion(
          side ? advancedPositions : positions - advancedPositions, weights);
      for (int m = 0; m < members.size(); m++) {
        result[members.get(m)] = shares[m];
      }
    }
    return result;
  }

  private List<Program> catalogPrograms(CatalogSpecialty s) {
    return catalog.programsIn(s).stream().filter(p -> p.positions().isPresent()).toList();
  }

  // Host programs of a specialty without catalog programs, from the tracks file.
  private List<Program> hosts(String specialty) {
    String host = tracks.row(specialty).flatMap(NationalTracks.Row::hostSpecialty)
        .orElseThrow(() -> new IllegalStateException(specialty
            + " has no catalog programs and no host specialty in national-structure-2025.csv"));
    return hashOrder(catalogPrograms(catalog.requireSpecialty(host)));
  }

  /** Programs in a fixed pseudo-random order (a mix of their ACGME id): spread, reproducible. */
  static List<Program> hashOrder(List<Program> programs) {
    return programs.stream()
        .sorted(Comparator.comparingLong((Program p) -> mix(Long.parseLong(p.acgmeId())))
            .thenComparing(Program::acgmeId))
        .toList();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Whether a program is synthetic or an extra track (not a catalog program); O(1). */
  static boolean isSynthetic(Program program) {
    return program.acgmeId().startsWith(SYNTHETIC_PREFIX);
  }

  // A synthetic program at a host's city: id 99 + specialty index + sequence; 1 position until split.
  private Program synthetic(Program host, String specialty, String kind, int sequence) {
    String id = String.format(SYNTHETIC_PREFIX + "%02d%06d", frames.size(), sequence);
    return new Program(id, host.name() + " — " + specialty + " (" + kind + ", estimated)",
        specialty, host.city(), host.state(), host.location(), OptionalInt.of(1),
        Provenance.ESTIMATED, host.academic(), host.academicProvenance(),
        org.smartpick.engine.domain.ProgramFacts.NONE, Optional.empty());
  }
}
