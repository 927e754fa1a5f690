package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.Objects;

/**
 * The name of one summary metric of a cycle: a section ({@link #APPLICANTS} by applicant type,
 * {@link #SPECIALTIES}, {@link #PROGRAMS}, {@link #SIGNALS}, {@link #CALLS}, {@link #COUPLES}),
 * a scope within it (an {@link ApplicantType} name or "all", a specialty name, …), the metric and
 * an optional qualifier (a rank, a band, a call type; empty when none).
 */
public record MetricKey(String section, String scope, String metric, String qualifier) {
  public static final String APPLICANTS = "applicants";
  public static final String SPECIALTIES = "specialties";
  public static final String PROGRAMS = "programs";
  public static final String SIGNALS = "signals";
  public static final String CALLS = "calls";
  public static final String COUPLES = "couples";
  /** Scope for all applicants (or all programs, all specialties). */
  public static final String ALL = "all";

  public MetricKey {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  @Override
  public String toString() {
    return section + "/" + scope + "/" + metric + (qualifier.isEmpty() ? "" : "[" + qualifier + "]");
  }
}
