package org.smartpick.engine.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit mapping from the specialty names used in {@code signals-by-specialty.csv} (AAMC and
 * specialty-society wording) to SmartPick specialty names (the NRMP name where the NRMP file has
 * the specialty, else the catalog name). A signals name may cover two specialties (diagnostic and
 * interventional radiology share one allotment) or none that SmartPick lists (an empty list).
 */
public final class SignalSpecialtyNames {
  private static final Map<String, List<String>> TARGETS = build();

  private SignalSpecialtyNames() {
  }

  private static Map<String, List<String>> build() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("Anesthesiology", List.of("Anesthesiology"));
    map.put("Child Neurology", List.of("Child Neurology"));
    map.put("Dermatology", List.of("Dermatology"));
    map.put("Diagnostic Radiology + Interventional Radiology",
        List.of("Radiology-Diagnostic", "Interventional Radiology (Integrated)"));
    map.put("Emergency Medicine", List.of("Emergency Medicine"));
    map.put("Family Medicine", List.of("Family Medicine"));
    map.put("General Surgery", List.of("Surgery (Categorical)"));
    map.put("Internal Medicine (categorical)", List.of("Internal Medicine (Categorical)"));
    // Combined IM/Psychiatry programs are neither an NRMP row of ours nor a catalog specialty.
    map.put("Internal Medicine/Psychiatry", List.of());
    map.put("Neurological Surgery", List.of("Neurological Surgery"));
    map.put("Neurology", List.of("Neurology"));
    map.put("Obstetrics and Gynecology", List.of("Obstetrics-Gynecology"));
    map.put("Orthopaedic Surgery", List.of("Orthopaedic Surgery"));
    map.put("Otolaryngology", List.of("Otolaryngology"));
    map.put("Pathology", List.of("Pathology"));
    map.put("Pediatrics", List.of("Pediatrics (Categorical)"));
    map.put("Physical Medicine and Rehabilitation", List.of("Physical Medicine & Rehab"));
    map.put("Public Health and General Preventive Medicine", List.of("Preventive Medicine"));
    map.put("Psychiatry", List.of("Psychiatry"));
    map.put("Radiation Oncology", List.of("Radiation Oncology"));
    map.put("Thoracic Surgery (Integrated)", List.of("Thoracic Surgery"));
    map.put("Transitional Year", List.of("Transitional (PGY-1 Only)"));
    map.put("Urology (AUA/SAU match)", List.of("Urology"));
    return Map.copyOf(map);
  }

  /** Every signals-file name this mapping knows. */
  public static java.util.Set<String> signalNames() {
    return TARGETS.keySet();
  }

  /**
   * The SmartPick specialty names a signals-file name stands for (possibly none).
   *
   * @throws IllegalArgumentException for a name the mapping does not know
   */
  public static List<String> targets(String signalsName) {
    List<String> targets = TARGETS.get(signalsName);
    if (targets == null) {
      throw new IllegalArgumentException("signals-by-specialty.csv specialty '" + signalsName
          + "' has no entry in SignalSpecialtyNames; add one");
    }
    return targets;
  }
}
