package org.smartpick.app.io.profile;

import static org.smartpick.app.io.profile.ProfileFields.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.profile.Advocate;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.AwayRotation;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.ClassStanding;
import org.smartpick.engine.domain.profile.CouplePartner;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.HomeSchool;
import org.smartpick.engine.domain.profile.Letter;
import org.smartpick.engine.domain.profile.Preferences;
import org.smartpick.engine.domain.profile.RedFlag;

/**
 * Turns a profile into the document tree of the profile file. Every field is written, absent
 * optional ones as {@code null}, so the file shows all there is to fill in. Stateless.
 */
final class ProfileTreeWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProfileTreeWriter() {
  }

  static ObjectNode write(ApplicantProfile p) {
    ObjectNode o = NODES.objectNode();
    o.put(SPECIALTY, p.specialty().name());
    o.put(BACKUP_SPECIALTY, p.backupSpecialty().map(CatalogSpecialty::name).orElse(null));
    o.put(APPLICANT_TYPE, p.applicantType().name());
    if (p.step2().pending()) {
      o.put(STEP2, PENDING);
    } else {
      o.put(STEP2, p.step2().score().getAsInt());
    }
    o.put(STEP1_ATTEMPTS, p.step1Attempts());
    o.put(RESEARCH_ITEMS, p.researchItems());
    o.set(CLASS_STANDING, classStanding(p.classStanding()));
    o.set(LETTERS, list(p.letters(), ProfileTreeWriter::letter));
    o.set(HOME_SCHOOL, homeSchool(p.homeSchool()));
    o.set(AWAY_ROTATIONS, list(p.awayRotations(), ProfileTreeWriter::awayRotation));
    o.set(ADVOCATES, list(p.advocates(), ProfileTreeWriter::advocate));
    o.set(RED_FLAGS, list(p.redFlags(), ProfileTreeWriter::redFlag));
    o.set(GEOGRAPHY, geography(p.geography()));
    o.set(PREFERENCES, preferences(p.preferences()));
    o.set(BUDGET, budget(p.budget()));
    o.put(SIGNALS, p.signals());
    o.set(COUPLE_PARTNER, p.couplePartner().map(ProfileTreeWriter::couplePartner)
        .orElse(null));
    return o;
  }

  private static ObjectNode classStanding(ClassStanding c) {
    ObjectNode o = NODES.objectNode();
    o.put(QUARTILE, c.quartile().name());
    o.put(ALPHA_OMEGA_ALPHA, c.alphaOmegaAlpha());
    o.put(HONORS, c.honors());
    return o;
  }

  private static ObjectNode letter(Letter letter) {
    ObjectNode o = NODES.objectNode();
    o.put(STRENGTH, letter.strength().name());
    o.put(WRITER_ROLE, letter.writerRole().name());
    o.put(INSTITUTION, letter.institution().orElse(null));
    return o;
  }

  private static ObjectNode homeSchool(HomeSchool school) {
    ObjectNode o = NODES.objectNode();
    o.put(NAME, school.name());
    o.put(STATE, name(school.state()));
    o.set(AFFILIATED_PROGRAMS, texts(school.affiliatedPrograms()));
    return o;
  }

  private static ObjectNode awayRotation(AwayRotation rotation) {
    ObjectNode o = NODES.objectNode();
    o.put(PROGRAM_ID, rotation.programId());
    o.put(OUTCOME, name(rotation.outcome()));
    return o;
  }

  private static ObjectNode advocate(Advocate advocate) {
    ObjectNode o = NODES.objectNode();
    o.put(NAME, advocate.name().orElse(null));
    o.put(ROLE, advocate.role().name());
    o.put(STANDING, advocate.standing().name());
    o.set(PROGRAMS, texts(advocate.programs()));
    o.set(CONTACTS, texts(advocate.contacts()));
    return o;
  }

  private static ObjectNode redFlag(RedFlag flag) {
    ObjectNode o = NODES.objectNode();
    o.put(TYPE, flag.type().name());
    o.put(YEAR, flag.year());
    o.put(WHAT_WAS_DONE, flag.whatWasDone().orElse(null));
    o.put(OWNED, flag.owned());
    return o;
  }

  private static ObjectNode geography(Geography g) {
    ObjectNode o = NODES.objectNode();
    o.put(HOME_STATE, name(g.homeState()));
    o.set(PREFERRED_STATES, names(g.preferredStates()));
    o.set(PREFERRED_REGIONS, names(g.preferredRegions()));
    o.set(AVOIDED_STATES, names(g.avoidedStates()));
    o.set(AVOIDED_REGIONS, names(g.avoidedRegions()));
    return o;
  }

  private static ObjectNode preferences(Preferences p) {
    ObjectNode o = NODES.objectNode();
    o.put(LOCATION, p.location());
    o.put(REPUTATION, p.reputation());
    o.put(SIZE, p.size());
    o.put(SETTING, p.setting());
    o.put(FIT, p.fit());
    o.put(PREFERRED_SIZE, p.preferredSize().name());
    o.put(PREFERRED_SETTING, p.preferredSetting().name());
    return o;
  }

  private static ObjectNode budget(Budget b) {
    ObjectNode o = NODES.objectNode();
    o.put(MAX_APPLICATIONS, boxed(b.maxApplications()));
    o.put(MAX_DOLLARS, boxed(b.maxDollars()));
    return o;
  }

  private static ObjectNode couplePartner(CouplePartner partner) {
    ObjectNode o = NODES.objectNode();
    o.put(SPECIALTY, partner.specialty().name());
    o.put(APPLICANT_TYPE, partner.applicantType().name());
    o.put(SAME_CITY, partner.sameCity());
    return o;
  }

  private static <T> ArrayNode list(List<T> values, Function<T, ObjectNode> writer) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(writer.apply(v)));
    return array;
  }

  private static ArrayNode texts(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static ArrayNode names(List<? extends Enum<?>> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(v.name()));
    return array;
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse(null);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
