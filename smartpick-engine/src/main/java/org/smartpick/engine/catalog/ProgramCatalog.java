package org.smartpick.engine.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.ProgramFacts;
import org.smartpick.engine.domain.Provenance;
import org.smartpick.engine.domain.SignalAllotment;
import org.smartpick.engine.domain.Specialty;
import org.smartpick.engine.domain.UsState;

/**
 * The program catalog: the bundled ACGME program list joined to the NRMP 2025 specialty figures and
 * the signal allotments, optionally overlaid with imported {@link ProgramUpdate}s.
 *
 * <p>Positions per program are not in the ACGME list. For each specialty with an NRMP row, the NRMP
 * total minus the imported positions is split over the remaining programs by
 * {@link PositionEstimator} (labelled {@link Provenance#ESTIMATED}); for catalog specialties the
 * NRMP file does not report (e.g. Urology and Ophthalmology, which match outside the NRMP) positions
 * stay unknown unless imported. Academic/community is estimated by {@link AcademicClassifier}.
 *
 * <p>Building takes O(n log n) for n programs; lookups by id and specialty are O(1). Immutable and
 * thread-safe; {@link #bundled()} is loaded once and shared.
 */
public final class ProgramCatalog {
  private final List<Program> programs;
  private final Map<String, Program> byId;
  private final List<CatalogSpecialty> specialties;
  private final List<Specialty> nrmp;
  private final Map<String, List<SignalAllotment>> signals;
  private final CityLocator cities;

  private ProgramCatalog(List<Program> unestimated, List<Specialty> nrmp,
      Map<String, List<SignalAllotment>> signals) {
    this.nrmp = List.copyOf(nrmp);
    this.signals = signals;
    this.programs = estimatePositions(unestimated, nrmp);
    Map<String, Program> index = new LinkedHashMap<>();
    for (Program program : programs) {
      if (index.put(program.acgmeId(), program) != null) {
        throw new IllegalArgumentException("ACGME id " + program.acgmeId() + " appears twice");
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(index);
    this.specialties = joinSpecialties(programs, nrmp, signals);
    this.cities = new CityLocator(programs);
  }

  /** The bundled catalog (loaded on first use). */
  public static ProgramCatalog bundled() {
    return BundledHolder.CATALOG;
  }

  private static final class BundledHolder {
    static final ProgramCatalog CATALOG = new ProgramCatalog(readBundledPrograms(),
        BundledData.specialties(), BundledData.signals());
  }

  private static List<Program> readBundledPrograms() {
    CsvTable table = BundledData.table("programs.csv");
    table.requireColumns("specialty", "acgme_id", "program_name", "city", "state", "latitude",
        "longitude");
    List<Program> result = new ArrayList<>(table.rows().size());
    for (CsvTable.Row row : table.rows()) {
      String id = row.text("acgme_id");
      if (!Program.isAcgmeId(id)) {
        throw row.error("acgme_id", "is not a 10-digit ACGME id");
      }
      String name = row.text("program_name");
      UsState state = UsState.fromCode(row.text("state"))
          .orElseThrow(() -> row.error("state", "is not a US state or territory code"));
      GeoPoint location;
      try {
        location = new GeoPoint(row.decimal("latitude"), row.decimal("longitude"));
      } catch (IllegalArgumentException e) {
        throw row.error("latitude", e.getMessage());
      }
      result.add(new Program(id, name, row.text("specialty"), row.text("city"), state, location,
          OptionalInt.empty(), Provenance.UNKNOWN, AcademicClassifier.looksAcademic(name),
          Provenance.ESTIMATED, ProgramFacts.NONE, Optional.empty()));
    }
    return result;
  }

  /**
   * This catalog with imported values laid over it, by ACGME id; positions are estimated again
   * around the imported ones.
   *
   * @throws IllegalArgumentException for an update naming an unknown catalog specialty or a new
   *     program without its identifying fields
   */
  public ProgramCatalog withUpdates(Collection<ProgramUpdate> updates) {
    Map<String, Program> merged = new LinkedHashMap<>(byId);
    for (ProgramUpdate update : updates) {
      update.specialty().ifPresent(name -> {
        if (specialties.stream().noneMatch(s -> s.catalogName().filter(name::equals).isPresent())) {
          throw new IllegalArgumentException(update.acgmeId() + ": specialty '" + name
              + "' is not a catalog specialty");
        }
      });
      merged.put(update.acgmeId(), update.applyTo(merged.get(update.acgmeId())));
    }
    return new ProgramCatalog(new ArrayList<>(merged.values()), nrmp, signals);
  }

  private static List<Program> estimatePositions(List<Program> input, List<Specialty> nrmp) {
    Map<String, List<Integer>> bySpecialty = new LinkedHashMap<>();
    for (int i = 0; i < input.size(); i++) {
      bySpecialty.computeIfAbsent(input.get(i).specialty(), k -> new ArrayList<>()).add(i);
    }
    Program[] result = input.toArray(new Program[0]);
    for (Map.Entry<String, List<Integer>> group : bySpecialty.entrySet()) {
      Optional<Specialty> figures = nrmp.stream()
          .filter(s -> s.catalogName().filter(group.getKey()::equals).isPresent()).findFirst();
      List<Integer> open = new ArrayList<>();
      int imported = 0;
      for (int i : group.getValue()) {
        if (result[i].positionsProvenance() == Provenance.IMPORTED) {
          imported += result[i].positions().getAsInt();
        } else {
          open.add(i);
        }
      }
      open.sort(Comparator.comparing(i -> result[i].acgmeId()));
      if (figures.isEmpty()) {
        open.forEach(i -> result[i] = result[i].withPositions(OptionalInt.empty(), Provenance.UNKNOWN));
        continue;
      }
      double[] weights = open.stream()
          .mapToDouble(i -> PositionEstimator.weight(result[i].academic())).toArray();
      int[] split = PositionEstimator.apportion(
          Math.max(0, figures.get().nrmpPositions() - imported), weights);
      for (int k = 0; k < open.size(); k++) {
        int i = open.get(k);
        result[i] = result[i].withPositions(OptionalInt.of(split[k]), Provenance.ESTIMATED);
      }
    }
    return List.of(result);
  }

  private static List<CatalogSpecialty> joinSpecialties(List<Program> programs,
      List<Specialty> nrmp, Map<String, List<SignalAllotment>> signals) {
    Map<String, Long> counts = programs.stream()
        .collect(Collectors.groupingBy(Program::specialty, Collectors.counting()));
    Map<String, List<SignalAllotment>> signalsByTarget = new LinkedHashMap<>();
    signals.forEach((signalsName, allotments) -> {
      for (String target : SignalSpecialtyNames.targets(signalsName)) {
        signalsByTarget.computeIfAbsent(target, k -> new ArrayList<>()).addAll(allotments);
      }
    });
    List<CatalogSpecialty> result = new ArrayList<>();
    TreeSet<String> catalogOnly = new TreeSet<>(counts.keySet());
    for (Specialty specialty : nrmp) {
      Optional<String> catalogName = specialty.catalogName();
      catalogName.ifPresent(catalogOnly::remove);
      int count = catalogName.map(c -> counts.getOrDefault(c, 0L).intValue()).orElse(0);
      result.add(new CatalogSpecialty(Optional.of(specialty), catalogName,
          signalsByTarget.getOrDefault(specialty.name(), List.of()), count));
    }
    for (String name : catalogOnly) {
      result.add(new CatalogSpecialty(Optional.empty(), Optional.of(name),
          signalsByTarget.getOrDefault(name, List.of()), counts.get(name).intValue()));
    }
    for (String target : signalsByTarget.keySet()) {
      if (result.stream().noneMatch(s -> s.isNamed(target))) {
        throw new IllegalStateException("signals mapped to '" + target
            + "', which is neither an NRMP nor a catalog specialty");
      }
    }
    return List.copyOf(result);
  }

  /** All programs, bundled ones in file order, then programs added by imports. */
  public List<Program> programs() {
    return programs;
  }

  /** The program with this ACGME id. */
  public Optional<Program> program(String acgmeId) {
    return Optional.ofNullable(byId.get(acgmeId));
  }

  /** NRMP specialties in file order, then catalog-only specialties by name. */
  public List<CatalogSpecialty> specialties() {
    return specialties;
  }

  /** The specialty with this NRMP or catalog name, ignoring case. */
  public Optional<CatalogSpecialty> specialty(String name) {
    return specialties.stream().filter(s -> s.isNamed(name)).findFirst();
  }

  /**
   * Like {@link #specialty(String)}, but for user input.
   *
   * @throws IllegalArgumentException naming the value and listing the valid names when unknown
   */
  public CatalogSpecialty requireSpecialty(String name) {
    return specialty(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown specialty '" + name + "'; valid names: " + String.join(", ", specialtyNames())));
  }

  /** Every accepted specialty name (NRMP and catalog names, de-duplicated), sorted. */
  public List<String> specialtyNames() {
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (CatalogSpecialty s : specialties) {
      names.add(s.name());
      s.catalogName().ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  /** The programs of one specialty, in catalog order (empty when it has no catalog programs). */
  public List<Program> programsIn(CatalogSpecialty specialty) {
    return specialty.catalogName()
        .map(name -> programs.stream().filter(p -> p.specialty().equals(name)).toList())
        .orElse(List.of());
  }

  /** The catalog's cities, for resolving "City, ST" to coordinates. */
  public CityLocator cities() {
    return cities;
  }
}
