package org.smartpick.engine.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.domain.SignalAllotment;
import org.smartpick.engine.domain.Specialty;

/**
 * A specialty as SmartPick lists it: its NRMP 2025 figures where the NRMP file has it, its name in
 * the ACGME program catalog where the catalog has programs, its signals per cycle where known, and
 * how many catalog programs it has. At least one of {@code nrmp} and {@code catalogName} is present.
 *
 * @param nrmp NRMP 2025 figures, empty for specialties matched outside the NRMP or not reported
 * @param catalogName name in {@code programs.csv}, empty when the catalog has no programs
 * @param signals signal allotments by cycle, in file order
 * @param catalogPrograms number of catalog programs (0 when {@code catalogName} is empty)
 */
public record CatalogSpecialty(Optional<Specialty> nrmp, Optional<String> catalogName,
    List<SignalAllotment> signals, int catalogPrograms) {

  public CatalogSpecialty {
    Objects.requireNonNull(nrmp, "nrmp");
    Objects.requireNonNull(catalogName, "catalogName");
    signals = List.copyOf(signals);
    if (nrmp.isEmpty() && catalogName.isEmpty()) {
      throw new IllegalArgumentException("a specialty needs an NRMP row or a catalog name");
    }
    if (catalogPrograms < 0 || (catalogName.isEmpty() && catalogPrograms > 0)) {
      throw new IllegalArgumentException(name() + ": catalog program count " + catalogPrograms
          + " does not fit catalog name " + catalogName);
    }
  }

  /** The NRMP name when there is one, else the catalog name. */
  public String name() {
    return nrmp.map(Specialty::name).orElseGet(catalogName::orElseThrow);
  }

  /** True if the text is the NRMP or the catalog name, ignoring case and surrounding spaces. */
  public boolean isNamed(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return name().toLowerCase(Locale.ROOT).equals(wanted)
        || catalogName.map(c -> c.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false);
  }

  /** The allotment for the latest cycle known, if any. */
  public Optional<SignalAllotment> latestSignals() {
    return signals.stream().max(java.util.Comparator.comparing(SignalAllotment::cycle));
  }
}
