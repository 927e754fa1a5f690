package org.smartpick.app.io.profile;

import static org.smartpick.app.io.profile.NodeReader.child;
import static org.smartpick.app.io.profile.ProfileFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.EditDistance;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.UsState;
import org.smartpick.engine.domain.profile.Advocate;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.AwayRotation;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.ClassStanding;
import org.smartpick.engine.domain.profile.CouplePartner;
import org.smartpick.engine.domain.profile.FacultyRole;
import org.smartpick.engine.domain.profile.FieldViolation;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.HomeSchool;
import org.smartpick.engine.domain.profile.Letter;
import org.smartpick.engine.domain.profile.LetterStrength;
import org.smartpick.engine.domain.profile.Preferences;
import org.smartpick.engine.domain.profile.ProfileCatalogCheck;
import org.smartpick.engine.domain.profile.ProgramSetting;
import org.smartpick.engine.domain.profile.ProgramSize;
import org.smartpick.engine.domain.profile.Quartile;
import org.smartpick.engine.domain.profile.RedFlag;
import org.smartpick.engine.domain.profile.RedFlagType;
import org.smartpick.engine.domain.profile.RotationOutcome;
import org.smartpick.engine.domain.profile.Standing;
import org.smartpick.engine.domain.profile.Step2Score;

/**
 * Turns a parsed profile document into an {@link ApplicantProfile}, resolving specialties and
 * checking program ids against the catalog, and collecting every problem it finds (each part is
 * read and checked even when another part failed). Defaults for optional fields are listed in
 * docs/profile.md.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class ProfileTreeReader {
  static final List<String> TOP = List.of(SPECIALTY, BACKUP_SPECIALTY, APPLICANT_TYPE, STEP2,
      STEP1_ATTEMPTS, RESEARCH_ITEMS, CLASS_STANDING, LETTERS, HOME_SCHOOL, AWAY_ROTATIONS,
      ADVOCATES, RED_FLAGS, GEOGRAPHY, PREFERENCES, BUDGET, SIGNALS, COUPLE_PARTNER);
  /** Step 1 attempts when not given: passed on the first attempt. */
  static final int DEFAULT_STEP1_ATTEMPTS = 1;

  private final ProgramCatalog catalog;
  private final NodeReader in = new NodeReader();

  ProfileTreeReader(ProgramCatalog catalog) {
    this.catalog = catalog;
  }

  /** The profile, or empty with {@link #problems()} saying why. */
  Optional<ApplicantProfile> read(JsonNode root) {
    Optional<ObjectNode> node = in.object(root, "", TOP);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode o = node.get();
    Optional<CatalogSpecialty> specialty = specialty(o, "", SPECIALTY, true);
    specialty.ifPresent(s -> in.reportAll(SPECIALTY, ProfileCatalogCheck.specialty(s)));
    Optional<CatalogSpecialty> backup = specialty(o, "", BACKUP_SPECIALTY, false);
    Optional<ApplicantType> type = in.choice(o, "", APPLICANT_TYPE, ApplicantType.class, true);
    Optional<Step2Score> step2 = step2(o);
    int step1 = in.integer(o, "", STEP1_ATTEMPTS, false).orElse(DEFAULT_STEP1_ATTEMPTS);
    int research = in.integer(o, "", RESEARCH_ITEMS, false).orElse(0);
    Optional<ClassStanding> standing = part(o, CLASS_STANDING, this::classStanding,
        new ClassStanding(Quartile.NOT_RANKED, false, 0));
    NodeReader.Entries<Letter> letters = in.each(o, "", LETTERS, this::letter);
    Optional<HomeSchool> school = in.field(o, "", HOME_SCHOOL, true)
        .flatMap(n -> homeSchool(n, HOME_SCHOOL));
    NodeReader.Entries<AwayRotation> rotations = in.each(o, "", AWAY_ROTATIONS,
        this::awayRotation);
    NodeReader.Entries<Advocate> advocates = in.each(o, "", ADVOCATES, this::advocate);
    NodeReader.Entries<RedFlag> flags = in.each(o, "", RED_FLAGS, this::redFlag);
    Optional<Geography> geography = part(o, GEOGRAPHY, this::geography, Geography.NONE);
    Optional<Preferences> preferences = part(o, PREFERENCES, this::preferences,
        Preferences.BALANCED);
    Optional<Budget> budget = part(o, BUDGET, this::budget, Budget.UNLIMITED);
    Optional<Integer> signals = in.integer(o, "", SIGNALS, false)
        .or(() -> specialty.map(ApplicantProfile::defaultSignals));
    if (specialty.isPresent() && signals.isPresent()) {
      in.reportAll(SIGNALS, ProfileCatalogCheck.signals(signals.get(), specialty.get()));
    }
    Optional<Optional<CouplePartner>> partner = optionalPart(o, COUPLE_PARTNER,
        this::couplePartner);
    if (specialty.isEmpty() || type.isEmpty() || step2.isEmpty() || standing.isEmpty()
        || school.isEmpty() || geography.isEmpty() || preferences.isEmpty() || budget.isEmpty()
        || signals.isEmpty() || partner.isEmpty()) {
      return Optional.empty();
    }
    List<String> incompleteLists = new ArrayList<>();
    addIfIncomplete(incompleteLists, LETTERS, letters);
    addIfIncomplete(incompleteLists, AWAY_ROTATIONS, rotations);
    addIfIncomplete(incompleteLists, ADVOCATES, advocates);
    addIfIncomplete(incompleteLists, RED_FLAGS, flags);
    NodeReader whole = new NodeReader();
    Optional<ApplicantProfile> profile = whole.build("", () -> new ApplicantProfile(
        specialty.get(), backup, type.get(), step2.get(), step1, research, standing.get(),
        letters.values(), school.get(), rotations.values(), advocates.values(), flags.values(),
        geography.get(), preferences.get(), budget.get(), signals.get(), partner.get()));
    for (FieldViolation v : whole.problems()) {
      // list-level checks on a list with unreadable entries would name the wrong indices
      if (incompleteLists.stream().noneMatch(list -> v.path().startsWith(list))) {
        in.reportAll("", List.of(v));
      }
    }
    return in.problems().isEmpty() ? profile : Optional.empty();
  }

  /** Every problem found, in reading order. */
  List<FieldViolation> problems() {
    return in.problems();
  }

  private static void addIfIncomplete(List<String> names, String name,
      NodeReader.Entries<?> entries) {
    if (!entries.complete()) {
      names.add(name);
    }
  }

  /** An optional object field: the default when absent, empty when it could not be read. */
  private <T> Optional<T> part(ObjectNode o, String name,
      BiFunction<JsonNode, String, Optional<T>> reader, T absent) {
    Optional<JsonNode> value = in.field(o, "", name, false);
    return value.isEmpty() ? Optional.of(absent) : reader.apply(value.get(), name);
  }

  /** An optional object field without a default: empty inside when absent. */
  private <T> Optional<Optional<T>> optionalPart(ObjectNode o, String name,
      BiFunction<JsonNode, String, Optional<T>> reader) {
    Optional<JsonNode> value = in.field(o, "", name, false);
    return value.isEmpty() ? Optional.of(Optional.empty()) : reader.apply(value.get(), name)
        .map(Optional::of);
  }

  /** A specialty by NRMP or catalog name; an unknown name is reported with close names. */
  private Optional<CatalogSpecialty> specialty(ObjectNode o, String path, String name,
      boolean required) {
    return in.text(o, path, name, required).flatMap(text -> {
      Optional<CatalogSpecialty> found = catalog.specialty(text);
      if (found.isEmpty()) {
        List<String> close = EditDistance.closest(text, catalog.specialtyNames(), 3);
        in.report(child(path, name), o.get(name), "is not a specialty; "
            + (close.isEmpty() ? "smartpick specialties lists them"
                : "did you mean " + String.join(" or ", close) + "?"));
      }
      return found;
    });
  }

  private Optional<Step2Score> step2(ObjectNode o) {
    return in.field(o, "", STEP2, true).flatMap(value -> {
      if (value.isTextual() && value.textValue().trim().equalsIgnoreCase(PENDING)) {
        return Optional.of(Step2Score.PENDING);
      }
      if (!value.isIntegralNumber()) {
        in.report(STEP2, value, "must be a score 1..300 or \"" + PENDING + "\"");
        return Optional.empty();
      }
      return in.wholeNumber(value, STEP2).flatMap(score -> in.build(STEP2,
          () -> Step2Score.of(score)));
    });
  }

  private Optional<ClassStanding> classStanding(JsonNode node, String path) {
    return in.object(node, path, List.of(QUARTILE, ALPHA_OMEGA_ALPHA, HONORS)).flatMap(o -> {
      Optional<Quartile> quartile = in.choice(o, path, QUARTILE, Quartile.class, false);
      Optional<Boolean> aoa = in.bool(o, path, ALPHA_OMEGA_ALPHA, false);
      Optional<Integer> honors = in.integer(o, path, HONORS, false);
      if (failed(o, QUARTILE, quartile) || failed(o, ALPHA_OMEGA_ALPHA, aoa)
          || failed(o, HONORS, honors)) {
        return Optional.empty();
      }
      return in.build(path, () -> new ClassStanding(quartile.orElse(Quartile.NOT_RANKED),
          aoa.orElse(false), honors.orElse(0)));
    });
  }

  private Optional<Letter> letter(JsonNode node, String path) {
    return in.object(node, path, List.of(STRENGTH, WRITER_ROLE, INSTITUTION)).flatMap(o -> {
      Optional<LetterStrength> strength = in.choice(o, path, STRENGTH, LetterStrength.class,
          true);
      Optional<FacultyRole> role = in.choice(o, path, WRITER_ROLE, FacultyRole.class, true);
      Optional<String> institution = in.text(o, path, INSTITUTION, false);
      if (strength.isEmpty() || role.isEmpty() || failed(o, INSTITUTION, institution)) {
        return Optional.empty();
      }
      return in.build(path, () -> new Letter(strength.get(), role.get(), institution));
    });
  }

  private Optional<HomeSchool> homeSchool(JsonNode node, String path) {
    return in.object(node, path, List.of(NAME, STATE, AFFILIATED_PROGRAMS)).flatMap(o -> {
      Optional<String> name = in.text(o, path, NAME, true);
      Optional<UsState> state = in.choice(o, path, STATE, UsState.class, false);
      NodeReader.Entries<String> programs = in.each(o, path, AFFILIATED_PROGRAMS, this::text);
      if (name.isEmpty() || failed(o, STATE, state) || !programs.complete()) {
        return Optional.empty();
      }
      Optional<HomeSchool> school = in.build(path, () -> new HomeSchool(name.get(), state,
          programs.values()));
      school.ifPresent(s -> in.reportAll(path, ProfileCatalogCheck.homeSchool(s, catalog)));
      return school;
    });
  }

  private Optional<AwayRotation> awayRotation(JsonNode node, String path) {
    return in.object(node, path, List.of(PROGRAM_ID, OUTCOME)).flatMap(o -> {
      Optional<String> id = in.text(o, path, PROGRAM_ID, true);
      Optional<RotationOutcome> outcome = in.choice(o, path, OUTCOME, RotationOutcome.class,
          false);
      if (id.isEmpty() || failed(o, OUTCOME, outcome)) {
        return Optional.empty();
      }
      Optional<AwayRotation> rotation = in.build(path, () -> new AwayRotation(id.get(),
          outcome));
      rotation.ifPresent(r -> in.reportAll(path, ProfileCatalogCheck.awayRotation(r, catalog)));
      return rotation;
    });
  }

  private Optional<Advocate> advocate(JsonNode node, String path) {
    return in.object(node, path, List.of(NAME, ROLE, STANDING, PROGRAMS, CONTACTS)).flatMap(o -> {
      Optional<String> name = in.text(o, path, NAME, false);
      Optional<FacultyRole> role = in.choice(o, path, ROLE, FacultyRole.class, true);
      Optional<Standing> standing = in.choice(o, path, STANDING, Standing.class, true);
      NodeReader.Entries<String> programs = in.each(o, path, PROGRAMS, this::text);
      NodeReader.Entries<String> contacts = in.each(o, path, CONTACTS, this::text);
      if (failed(o, NAME, name) || role.isEmpty() || standing.isEmpty()
          || !programs.complete() || !contacts.complete()) {
        return Optional.empty();
      }
      Optional<Advocate> advocate = in.build(path, () -> new Advocate(name, role.get(),
          standing.get(), programs.values(), contacts.values()));
      advocate.ifPresent(a -> in.reportAll(path, ProfileCatalogCheck.advocate(a, catalog)));
      return advocate;
    });
  }

  private Optional<RedFlag> redFlag(JsonNode node, String path) {
    return in.object(node, path, List.of(TYPE, YEAR, WHAT_WAS_DONE, OWNED)).flatMap(o -> {
      Optional<RedFlagType> type = in.choice(o, path, TYPE, RedFlagType.class, true);
      Optional<Integer> year = in.integer(o, path, YEAR, true);
      Optional<String> done = in.text(o, path, WHAT_WAS_DONE, false);
      Optional<Boolean> owned = in.bool(o, path, OWNED, true);
      if (type.isEmpty() || year.isEmpty() || failed(o, WHAT_WAS_DONE, done)
          || owned.isEmpty()) {
        return Optional.empty();
      }
      return in.build(path, () -> new RedFlag(type.get(), year.get(), done, owned.get()));
    });
  }

  private Optional<Geography> geography(JsonNode node, String path) {
    return in.object(node, path, List.of(HOME_STATE, PREFERRED_STATES, PREFERRED_REGIONS,
        AVOIDED_STATES, AVOIDED_REGIONS)).flatMap(o -> {
          Optional<UsState> home = in.choice(o, path, HOME_STATE, UsState.class, false);
          NodeReader.Entries<UsState> preferredStates = in.each(o, path, PREFERRED_STATES,
              (n, p) -> in.choice(n, p, UsState.class));
          NodeReader.Entries<Region> preferredRegions = in.each(o, path, PREFERRED_REGIONS,
              (n, p) -> in.choice(n, p, Region.class));
          NodeReader.Entries<UsState> avoidedStates = in.each(o, path, AVOIDED_STATES,
              (n, p) -> in.choice(n, p, UsState.class));
          NodeReader.Entries<Region> avoidedRegions = in.each(o, path, AVOIDED_REGIONS,
              (n, p) -> in.choice(n, p, Region.class));
          if (failed(o, HOME_STATE, home) || !preferredStates.complete()
              || !preferredRegions.complete() || !avoidedStates.complete()
              || !avoidedRegions.complete()) {
            return Optional.empty();
          }
          return in.build(path, () -> new Geography(home, preferredStates.values(),
              preferredRegions.values(), avoidedStates.values(), avoidedRegions.values()));
        });
  }

  private Optional<Preferences> preferences(JsonNode node, String path) {
    return in.object(node, path, List.of(LOCATION, REPUTATION, SIZE, SETTING, FIT,
        PREFERRED_SIZE, PREFERRED_SETTING)).flatMap(o -> {
          Preferences d = Preferences.BALANCED;
          Optional<Integer> location = in.integer(o, path, LOCATION, false);
          Optional<Integer> reputation = in.integer(o, path, REPUTATION, false);
          Optional<Integer> size = in.integer(o, path, SIZE, false);
          Optional<Integer> setting = in.integer(o, path, SETTING, false);
          Optional<Integer> fit = in.integer(o, path, FIT, false);
          Optional<ProgramSize> preferredSize = in.choice(o, path, PREFERRED_SIZE,
              ProgramSize.class, false);
          Optional<ProgramSetting> preferredSetting = in.choice(o, path, PREFERRED_SETTING,
              ProgramSetting.class, false);
          if (failed(o, LOCATION, location) || failed(o, REPUTATION, reputation)
              || failed(o, SIZE, size) || failed(o, SETTING, setting)
              || failed(o, FIT, fit) || failed(o, PREFERRED_SIZE, preferredSize)
              || failed(o, PREFERRED_SETTING, preferredSetting)) {
            return Optional.empty();
          }
          return in.build(path, () -> new Preferences(location.orElse(d.location()),
              reputation.orElse(d.reputation()), size.orElse(d.size()),
              setting.orElse(d.setting()), fit.orElse(d.fit()),
              preferredSize.orElse(d.preferredSize()),
              preferredSetting.orElse(d.preferredSetting())));
        });
  }

  private Optional<Budget> budget(JsonNode node, String path) {
    return in.object(node, path, List.of(MAX_APPLICATIONS, MAX_DOLLARS)).flatMap(o -> {
      Optional<Integer> applications = in.integer(o, path, MAX_APPLICATIONS, false);
      Optional<Integer> dollars = in.integer(o, path, MAX_DOLLARS, false);
      if (failed(o, MAX_APPLICATIONS, applications)
          || failed(o, MAX_DOLLARS, dollars)) {
        return Optional.empty();
      }
      return in.build(path, () -> new Budget(optionalInt(applications), optionalInt(dollars)));
    });
  }

  private Optional<CouplePartner> couplePartner(JsonNode node, String path) {
    return in.object(node, path, List.of(SPECIALTY, APPLICANT_TYPE, SAME_CITY)).flatMap(o -> {
      Optional<CatalogSpecialty> specialty = specialty(o, path, SPECIALTY, true);
      Optional<ApplicantType> type = in.choice(o, path, APPLICANT_TYPE, ApplicantType.class,
          true);
      Optional<Boolean> sameCity = in.bool(o, path, SAME_CITY, true);
      if (specialty.isEmpty() || type.isEmpty() || sameCity.isEmpty()) {
        return Optional.empty();
      }
      return in.build(path, () -> new CouplePartner(specialty.get(), type.get(),
          sameCity.get()));
    });
  }

  private Optional<String> text(JsonNode node, String path) {
    if (!node.isTextual()) {
      in.report(path, node, "must be a text in quotes");
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  /** True when the field is present but its value could not be read. */
  private static boolean failed(ObjectNode o, String name, Optional<?> read) {
    JsonNode value = o.get(name);
    return read.isEmpty() && value != null && !value.isNull();
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
