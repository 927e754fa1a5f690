package org.smartpick.engine.domain.profile;

import java.util.Objects;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.ApplicantType;

/**
 * The partner of an applicant who enters the Match as a couple.
 *
 * @param specialty the partner's specialty
 * @param applicantType the partner's applicant type
 * @param sameCity true when only pairs of programs in the same city are acceptable; false when
 *     the same region will do
 */
public record CouplePartner(CatalogSpecialty specialty, ApplicantType applicantType,
    boolean sameCity) {

  public CouplePartner {
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(applicantType, "applicantType");
  }
}
