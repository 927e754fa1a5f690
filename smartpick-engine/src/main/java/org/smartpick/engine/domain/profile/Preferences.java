package org.smartpick.engine.domain.profile;

import java.util.Objects;

/**
 * How much the applicant cares about each program attribute, each weight 0 (ignore) ..{@value
 * ProfileLimits#WEIGHT_MAX}, and which size and setting they prefer.
 *
 * @param location weight of being where they want to live (see {@link Geography})
 * @param reputation weight of the program's reputation
 * @param size weight of the program's size matching {@code preferredSize}
 * @param setting weight of academic vs community matching {@code preferredSetting}
 * @param fit weight of personal fit (how they felt about the people and culture)
 * @param preferredSize the preferred size
 * @param preferredSetting the preferred setting
 */
public record Preferences(int location, int reputation, int size, int setting, int fit,
    ProgramSize preferredSize, ProgramSetting preferredSetting) {

  /** Middle weights, no size or setting preference. */
  public static final Preferences BALANCED = new Preferences(5, 5, 5, 5, 5, ProgramSize.ANY,
      ProgramSetting.EITHER);

  public Preferences {
    Objects.requireNonNull(preferredSize, "preferredSize");
    Objects.requireNonNull(preferredSetting, "preferredSetting");
    new FieldChecks()
        .range("location", location, 0, ProfileLimits.WEIGHT_MAX)
        .range("reputation", reputation, 0, ProfileLimits.WEIGHT_MAX)
        .range("size", size, 0, ProfileLimits.WEIGHT_MAX)
        .range("setting", setting, 0, ProfileLimits.WEIGHT_MAX)
        .range("fit", fit, 0, ProfileLimits.WEIGHT_MAX)
        .done();
  }
}
